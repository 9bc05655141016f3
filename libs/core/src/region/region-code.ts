/**
 * GB/T 2260 region codes as used here: 2 digits province, 4 city, 6 county, 9 township (street),
 * 12 village or community. A shorter code is a prefix of every code below it.
 */
export type RegionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

const LEVEL_BY_LENGTH: Record<number, RegionLevel> = {
  2: 'province',
  4: 'city',
  6: 'county',
  9: 'township',
  12: 'village',
};

export const REGION_CODE_PATTERN = /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/;

/** Codes of the places that carry rows: county (6), township (9), village (12). */
export const PLACE_CODE_PATTERN = /^(\d{6}|\d{9}|\d{12})$/;

export function isRegionCode(value: unknown): value is string {
  return typeof value === 'string' && REGION_CODE_PATTERN.test(value);
}

export function regionLevel(code: string): RegionLevel {
  const level = LEVEL_BY_LENGTH[code.length];
  if (!level || !/^\d+$/.test(code)) throw new RangeError(`Not a region code: ${code}`);
  return level;
}

/** The code of the region directly above, or null for a province. */
export function parentRegionCode(code: string): string | null {
  const lengths = [2, 4, 6, 9, 12];
  const i = lengths.indexOf(code.length);
  return i > 0 ? code.slice(0, lengths[i - 1]) : null;
}

/**
 * The half-open range `[from, to)` of codes that start with `prefix`. A range compares through a
 * btree index, where `LIKE 'prefix%'` does not under a non-C collation.
 */
export function regionRange(prefix: string): { from: string; to: string } {
  if (!/^\d+$/.test(prefix)) throw new RangeError(`Not a region prefix: ${prefix}`);
  const next = (BigInt(prefix) + 1n).toString().padStart(prefix.length, '0');
  // 99… has no successor of the same length: ':' sorts right after '9'.
  return { from: prefix, to: next.length > prefix.length ? `${prefix.slice(0, -1)}:` : next };
}

/** True when `code` lies in the region `prefix` (or is that region). */
export function isWithinRegion(code: string, prefix: string): boolean {
  return code.startsWith(prefix);
}
