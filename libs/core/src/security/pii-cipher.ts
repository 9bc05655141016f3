import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

const VERSION = 1;

/**
 * Personal data at rest: AES-256-GCM (version byte, 12-byte nonce, 16-byte tag, ciphertext) and an
 * HMAC-SHA256 blind index so equal values can be looked up without decrypting.
 */
@Injectable()
export class PiiCipher {
  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'piiKey' | 'piiIndexKey'>) {
    if (config.piiKey.length !== 32 || config.piiIndexKey.length !== 32)
      throw new Error('PII keys must be 32 bytes');
    this.key = config.piiKey;
    this.indexKey = config.piiIndexKey;
  }

  private readonly key: Buffer;
  private readonly indexKey: Buffer;

  encrypt(plain: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
  }

  decrypt(sealed: Buffer): string {
    if (sealed[0] !== VERSION) throw new Error('Unknown PII cipher version');
    const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(1, 13));
    decipher.setAuthTag(sealed.subarray(13, 29));
    return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]).toString('utf8');
  }

  /** Deterministic look-up key for a normalised value (same input, same index). */
  /**
   * A keyed digest of a short secret (an SMS code) for one purpose: with the key outside the
   * database, a copy of the table does not let anyone try the million codes offline.
   */
  secretDigest(purpose: string, plain: string): string {
    return createHmac('sha256', this.indexKey).update(`${purpose}\u0000${plain}`).digest('hex');
  }

  blindIndex(plain: string): string {
    return createHmac('sha256', this.indexKey).update(plain).digest('hex');
  }
}

/** 13812345678 → 138****5678 */
export function maskPhone(phone: string): string {
  return phone.length >= 7
    ? `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`
    : '*'.repeat(phone.length);
}

/** 330282199001011234 → 330282**********34 */
export function maskIdNumber(id: string): string {
  return id.length > 8
    ? `${id.slice(0, 6)}${'*'.repeat(id.length - 8)}${id.slice(-2)}`
    : '*'.repeat(id.length);
}

/** Mainland mobile numbers: 11 digits starting 1[3-9]. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
