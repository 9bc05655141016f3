import { isValidDate } from '@app/core';

// GB 11643-1999: ISO 7064 MOD 11-2 over the first 17 digits.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const SHAPE = /^[1-9]\d{16}[\dX]$/;

/** The check character (0-9 or X) of the first 17 digits of a citizen identity number. */
export function idNumberCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('17 digits expected');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** Upper-cases the check character, so `…123x` and `…123X` are the same number. */
export function normaliseIdNumber(value: string): string {
  return value.trim().toUpperCase();
}

/** The birth date a citizen identity number encodes, `YYYY-MM-DD`. */
export function idNumberBirthDate(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/**
 * Why a value is not a valid 18-character citizen identity number (GB 11643), or null when it is:
 * 17 digits (region, birth date, sequence) and a check character 0-9 or X that matches them.
 */
export function idNumberProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'must be a string';
  const id = normaliseIdNumber(value);
  if (!SHAPE.test(id)) return 'must be 18 characters: 17 digits and a check digit 0-9 or X';
  const birth = idNumberBirthDate(id);
  if (!isValidDate(birth) || birth < '1800-01-01') return `encodes no real birth date (${birth})`;
  if (idNumberCheckDigit(id.slice(0, 17)) !== id[17]) return 'has a wrong check digit';
  return null;
}
