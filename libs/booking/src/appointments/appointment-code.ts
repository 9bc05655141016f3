import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: a code read out over a bad phone line or copied from an SMS must not be misread.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** An 8-character booking code: 31^8 ≈ 8.5·10^11 values, so guessing one is hopeless. */
export function newAppointmentCode(): string {
  return Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}
