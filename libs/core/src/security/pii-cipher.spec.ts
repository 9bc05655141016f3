import { randomBytes } from 'node:crypto';
import { maskIdNumber, maskPhone, PiiCipher } from './pii-cipher';

describe(PiiCipher.name, () => {
  const cipher = new PiiCipher({ piiKey: randomBytes(32), piiIndexKey: randomBytes(32) });

  it('decrypts what it encrypted, with a fresh nonce each time', () => {
    const a = cipher.encrypt('13812345678');
    const b = cipher.encrypt('13812345678');

    expect(a.equals(b)).toBe(false);
    expect(a.includes(Buffer.from('13812345678'))).toBe(false);
    expect(cipher.decrypt(a)).toBe('13812345678');
  });

  it('refuses a tampered ciphertext', () => {
    const sealed = cipher.encrypt('330282199001011234');
    sealed[sealed.length - 1] ^= 1;

    expect(() => cipher.decrypt(sealed)).toThrow();
  });

  it('gives equal blind indexes for equal values only, and differs across keys', () => {
    const other = new PiiCipher({ piiKey: randomBytes(32), piiIndexKey: randomBytes(32) });

    expect(cipher.blindIndex('13812345678')).toBe(cipher.blindIndex('13812345678'));
    expect(cipher.blindIndex('13812345678')).not.toBe(cipher.blindIndex('13812345679'));
    expect(other.blindIndex('13812345678')).not.toBe(cipher.blindIndex('13812345678'));
  });

  it('masks phones and ID numbers the way lists show them', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskIdNumber('330282199001011234')).toBe('330282**********34');
  });
});
