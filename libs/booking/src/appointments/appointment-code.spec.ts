import { newAppointmentCode } from './appointment-code';

describe('newAppointmentCode', () => {
  it('makes 8 characters without look-alikes, and does not repeat', () => {
    const codes = Array.from({ length: 2000 }, newAppointmentCode);

    expect(codes.every((c) => /^[2-9A-HJKMNP-Z]{8}$/.test(c))).toBe(true);
    expect(codes.some((c) => /[01OIL]/.test(c))).toBe(false);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
