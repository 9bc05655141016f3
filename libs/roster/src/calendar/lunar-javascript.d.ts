// The part of lunar-javascript (which ships no types) that the provisional calendar uses.
declare module 'lunar-javascript' {
  export interface Solar {
    /** `YYYY-MM-DD`, computed from the Julian day, whatever the host's time zone. */
    toYmd(): string;
  }
  export interface LunarDate {
    getSolar(): Solar;
    /** The solar terms around the lunar year, by Chinese name (清明, 冬至, …), in China Standard Time. */
    getJieQiTable(): Record<string, Solar>;
  }
  export const Lunar: {
    /** A day of the Chinese calendar; a negative month is a leap month. */
    fromYmd(year: number, month: number, day: number): LunarDate;
  };
}
