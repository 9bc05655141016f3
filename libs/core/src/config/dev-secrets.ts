import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DevSecrets } from './app-config';

const GENERATORS: { [K in keyof DevSecrets]: () => DevSecrets[K] } = {
  jwtSecret: () => randomBytes(32).toString('hex'),
  piiKey: () => randomBytes(32).toString('hex'),
  piiIndexKey: () => randomBytes(32).toString('hex'),
  auditKey: () => randomBytes(32).toString('hex'),
  dbSuperuserPassword: () => randomBytes(24).toString('hex'),
  dbOwnerPassword: () => randomBytes(24).toString('hex'),
  dbAppPassword: () => randomBytes(24).toString('hex'),
};

/**
 * Development secrets, generated once and kept beside the embedded database, so that tokens,
 * encrypted columns, the audit chain's key and the database roles' passwords survive a restart
 * without anyone having to configure them. A file from an older version gains the secrets it lacks;
 * those it has are never changed.
 */
export function devSecretsIn(dataDir: string): () => DevSecrets {
  return () => {
    const file = join(dirname(dataDir), 'dev-secrets.json');
    let stored: Partial<DevSecrets> = {};
    try {
      stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<DevSecrets>;
    } catch (err) {
      // No file yet: every secret is generated below. A file that exists but cannot be read is left
      // alone (new keys would make the encrypted columns unreadable).
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const secrets = { ...stored } as DevSecrets;
    let added = false;
    for (const key of Object.keys(GENERATORS) as (keyof DevSecrets)[]) {
      if (typeof secrets[key] === 'string' && secrets[key]) continue;
      secrets[key] = GENERATORS[key]();
      added = true;
    }
    if (added) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    }
    return secrets;
  };
}
