import { auditDiff } from './audit-diff';

describe('auditDiff', () => {
  it('lists only the fields that changed', () => {
    const diff = auditDiff(
      { name: '一灶村服务点', isPilot: false, phone: null },
      { name: '一灶村服务点', isPilot: true, phone: null },
    );

    expect(diff).toEqual({ isPilot: { from: false, to: true } });
  });

  it('never writes secrets or encrypted values, only that they changed', () => {
    const diff = auditDiff(
      { passwordHash: '$argon2id$old', phoneEnc: Buffer.from('a') },
      { passwordHash: '$argon2id$new', phoneEnc: Buffer.from('b') },
    );

    expect(diff).toEqual({ passwordHash: { changed: true }, phoneEnc: { changed: true } });
    expect(JSON.stringify(diff)).not.toContain('argon2');
  });

  it('records a create as the new values', () => {
    expect(auditDiff(null, { name: 'x', validFrom: new Date('2026-01-01T00:00:00Z') })).toEqual({
      name: { to: 'x' },
      validFrom: { to: '2026-01-01T00:00:00.000Z' },
    });
  });
});
