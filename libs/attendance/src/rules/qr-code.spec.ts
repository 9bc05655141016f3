import { randomBytes } from 'node:crypto';
import {
  encodeQrPayload,
  parseQrPayload,
  qrKeyCovers,
  qrSignatureValid,
  qrTimeVerdict,
  qrWindowEnd,
  qrWindowOf,
  qrWindowStart,
} from './qr-code';

const POINT = '3f1b2c4d-5e6f-4a1b-8c2d-9e0f1a2b3c4d';
const OTHER = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const key = randomBytes(32);
const shownAt = new Date('2026-11-23T01:00:10Z');
const window = qrWindowOf(shownAt);
const plus = (d: Date, s: number) => new Date(d.getTime() + s * 1000);

describe('qr windows', () => {
  it('cuts time into 30-second windows', () => {
    expect(qrWindowStart(window)).toEqual(new Date('2026-11-23T01:00:00Z'));
    expect(qrWindowEnd(window)).toEqual(new Date('2026-11-23T01:00:30Z'));
    expect(qrWindowOf(new Date('2026-11-23T01:00:29.999Z'))).toBe(window);
    expect(qrWindowOf(new Date('2026-11-23T01:00:30Z'))).toBe(window + 1);
  });
});

describe('encodeQrPayload / parseQrPayload / qrSignatureValid', () => {
  it('round-trips a compact signed payload that verifies with its key only', () => {
    const text = encodeQrPayload({ pointId: POINT, window, keyVersion: 2 }, key);
    const parsed = parseQrPayload(text)!;

    expect(text.length).toBeLessThan(100);
    expect(parsed).toMatchObject({ pointId: POINT, window, keyVersion: 2 });
    expect(qrSignatureValid(parsed, key)).toBe(true);
    expect(qrSignatureValid(parsed, randomBytes(32))).toBe(false);
  });

  it('does not verify when the point, window or key version is changed', () => {
    const text = encodeQrPayload({ pointId: POINT, window, keyVersion: 1 }, key);

    for (const forged of [
      text.replace(POINT, OTHER),
      text.replace(`.${window}.`, `.${window + 1}.`),
      text.replace(`.${window}.1.`, `.${window}.2.`),
    ])
      expect(qrSignatureValid(parseQrPayload(forged)!, key)).toBe(false);
  });

  it('reads nothing that is not one of our codes', () => {
    const good = encodeQrPayload({ pointId: POINT, window, keyVersion: 1 }, key);
    for (const text of [
      '',
      'https://example.org/',
      good.replace('LSQ1', 'LSQ2'),
      `${good}.x`,
      good.slice(0, -1),
    ])
      expect(parseQrPayload(text)).toBeNull();
  });
});

describe('qrTimeVerdict', () => {
  const skew = 300;

  it('takes a code scanned while it is shown, at its last second too', () => {
    expect(qrTimeVerdict(window, shownAt, shownAt, skew)).toEqual({ ok: true, flags: [] });
    expect(qrTimeVerdict(window, plus(qrWindowStart(window), 30), plus(shownAt, 25), skew)).toEqual({
      ok: true,
      flags: [],
    });
  });

  it('flags a code scanned 31 s after it was first shown as expired', () => {
    expect(qrTimeVerdict(window, plus(qrWindowStart(window), 31), plus(shownAt, 31), skew)).toEqual({
      ok: true,
      flags: ['qr_expired'],
    });
  });

  it('flags a code scanned 31 s after its window ended as expired', () => {
    expect(qrTimeVerdict(window, plus(qrWindowEnd(window), 31), plus(qrWindowEnd(window), 31), skew)).toEqual(
      {
        ok: true,
        flags: ['qr_expired'],
      },
    );
  });

  it('takes an offline scan made in its window and uploaded two hours later (the delay is eventTime’s)', () => {
    expect(qrTimeVerdict(window, plus(shownAt, 5), plus(shownAt, 7200), skew)).toEqual({
      ok: true,
      flags: [],
    });
  });

  it('flags a scan that the phone dates before the code existed, beyond the clock skew', () => {
    expect(qrTimeVerdict(window, plus(qrWindowStart(window), -301), shownAt, skew)).toEqual({
      ok: true,
      flags: ['qr_clock_mismatch'],
    });
    expect(qrTimeVerdict(window, plus(qrWindowStart(window), -299), shownAt, skew)).toEqual({
      ok: true,
      flags: [],
    });
  });

  it('refuses a code of a window that had not begun when it arrived', () => {
    expect(qrTimeVerdict(window + 10, shownAt, shownAt, skew)).toEqual({
      ok: false,
      reason: 'qr_not_yet_shown',
    });
  });
});

describe('qrKeyCovers', () => {
  it('lets a rotated key verify only the codes of windows begun before the rotation', () => {
    const rotatedAt = qrWindowEnd(window);

    expect(qrKeyCovers({ retiredAt: null }, window + 1000)).toBe(true);
    expect(qrKeyCovers({ retiredAt: rotatedAt }, window)).toBe(true);
    expect(qrKeyCovers({ retiredAt: rotatedAt }, window + 1)).toBe(false);
  });
});
