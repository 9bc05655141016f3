import { hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';

// argon2id with OWASP's suggested minimum (19 MiB, 2 passes): ~30 ms a hash on this hardware.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }
}
