import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DevSecrets } from './app-config';

/**
 * Development secrets, generated once and kept beside the embedded database, so that tokens and
 * encrypted columns survive a restart without anyone having to configure keys.
 */
export function devSecretsIn(dataDir: string): () => DevSecrets {
  return () => {
    const file = join(dirname(dataDir), 'dev-secrets.json');
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as DevSecrets;
    } catch {
      const secrets: DevSecrets = {
        jwtSecret: randomBytes(32).toString('hex'),
        piiKey: randomBytes(32).toString('hex'),
        piiIndexKey: randomBytes(32).toString('hex'),
      };
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
      return secrets;
    }
  };
}
