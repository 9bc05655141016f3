import { createHmac, timingSafeEqual } from 'node:crypto';

/** A kiosk's code changes every 30 seconds: one code per window of this length. */
export const QR_PERIOD_MS = 30_000;
/** A code counts as fresh while it is shown: scanned at most this long after its window began. */
export const QR_FRESH_MS = 30_000;
/** Instances of the API may disagree a little about the time; a code from further ahead was never shown. */
const QR_AHEAD_TOLERANCE_MS = QR_PERIOD_MS;

const PREFIX = 'LSQ1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAC_BYTES = 16;

/** What a kiosk's code says: this point, this 30-second window, signed with this version of its key. */
export interface QrClaim {
  pointId: string;
  /** Windows of QR_PERIOD_MS counted from the Unix epoch. */
  window: number;
  keyVersion: number;
}

export interface ParsedQr extends QrClaim {
  mac: string;
}

/** The window an instant falls in. */
export function qrWindowOf(at: Date): number {
  return Math.floor(at.getTime() / QR_PERIOD_MS);
}

export function qrWindowStart(window: number): Date {
  return new Date(window * QR_PERIOD_MS);
}

export function qrWindowEnd(window: number): Date {
  return new Date((window + 1) * QR_PERIOD_MS);
}

function signedPart(c: QrClaim): string {
  return `${PREFIX}.${c.pointId}.${c.window}.${c.keyVersion}`;
}

function macOf(c: QrClaim, key: Buffer): string {
  return createHmac('sha256', key)
    .update(signedPart(c))
    .digest()
    .subarray(0, MAC_BYTES)
    .toString('base64url');
}

/**
 * The text of a kiosk's QR code: `LSQ1.<point id>.<window>.<key version>.<mac>`, the mac being the
 * first 128 bits of HMAC-SHA256 over the rest with the point's key (about 80 characters, a small QR).
 */
export function encodeQrPayload(c: QrClaim, key: Buffer): string {
  return `${signedPart(c)}.${macOf(c, key)}`;
}

/** The parts of a code's text, or null when it is not one of our codes at all. */
export function parseQrPayload(text: string): ParsedQr | null {
  const parts = text.trim().split('.');
  if (parts.length !== 5 || parts[0] !== PREFIX) return null;
  const [, pointId, window, keyVersion, mac] = parts;
  if (!UUID.test(pointId) || !/^\d{1,12}$/.test(window) || !/^\d{1,6}$/.test(keyVersion)) return null;
  if (!/^[A-Za-z0-9_-]{22}$/.test(mac)) return null;
  return { pointId, window: Number(window), keyVersion: Number(keyVersion), mac };
}

/** Whether the code was signed with `key` (a constant-time comparison). */
export function qrSignatureValid(p: ParsedQr, key: Buffer): boolean {
  const expected = Buffer.from(macOf(p, key));
  const given = Buffer.from(p.mac);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * Whether a version of a point's key may have signed a code of this window: the current key, or a
 * key rotated away after the window began (a code scanned before the rotation and uploaded later).
 */
export function qrKeyCovers(key: { retiredAt: Date | null }, window: number): boolean {
  return key.retiredAt === null || qrWindowStart(window) < key.retiredAt;
}

export type QrFlag = 'qr_expired' | 'qr_clock_mismatch' | 'qr_replayed';

export type QrTimeVerdict = { ok: true; flags: QrFlag[] } | { ok: false; reason: 'qr_not_yet_shown' };

/**
 * How a well-signed code's window fits the scan. `scannedAt` is the phone's time of the scan (the
 * server's receipt when it sent none); `receivedAt` the server's. A code from a window that had not
 * begun when the server got it was never shown (refused). Scanned more than QR_FRESH_MS after its
 * window began, i.e. no longer on the screen, it is flagged `qr_expired`; scanned (by the phone's
 * clock) before its window began by more than the allowed clock skew, `qr_clock_mismatch`. Either
 * way it is recorded, never silently taken as proof. How late it was uploaded is eventTime's
 * business (flag `delayed`, or review beyond ATTENDANCE_MAX_DELAY_HOURS).
 */
export function qrTimeVerdict(
  window: number,
  scannedAt: Date,
  receivedAt: Date,
  clockSkewSeconds: number,
): QrTimeVerdict {
  const start = qrWindowStart(window).getTime();
  if (start > receivedAt.getTime() + QR_AHEAD_TOLERANCE_MS) return { ok: false, reason: 'qr_not_yet_shown' };
  const flags: QrFlag[] = [];
  const age = scannedAt.getTime() - start;
  if (age > QR_FRESH_MS) flags.push('qr_expired');
  else if (-age > clockSkewSeconds * 1000) flags.push('qr_clock_mismatch');
  return { ok: true, flags };
}
