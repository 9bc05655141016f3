import { valueRule } from '../validation/validators';

/** The largest amount the API takes: 1 trillion yuan, far above any real case, well inside numeric(14,2). */
export const MAX_YUAN = 999_999_999_999.99;

/** True for a yuan amount with at most two decimals, from 0 up to MAX_YUAN. */
export function isYuan(value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_YUAN) return false;
  return Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
}

/** Yuan as the API writes them (e.g. 1087.25) to integer fen, exactly. */
export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100);
}

/** Integer fen to yuan for the API (two decimals at most). */
export function fenToYuan(fen: number | string | bigint): number {
  return Number(fen) / 100;
}

/** An amount in yuan: a number ≥ 0 with at most two decimals. */
export const IsYuan = valueRule(
  'isYuan',
  '$property must be an amount in yuan ≥ 0 with at most two decimals',
  isYuan,
);
