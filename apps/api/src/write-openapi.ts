import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadAppConfig } from '@app/core';
import { openApiDocumentOffline } from './openapi';

/**
 * Writes the OpenAPI document the app serves at `/api/docs-json` to the file named by the first
 * argument (default `dist/openapi.json`), without a database: `npm run openapi:document`.
 */
async function main(): Promise<void> {
  const out = process.argv[2] ?? 'dist/openapi.json';
  // The development configuration (the dev outbox included); no key is used, so any will do.
  const key = () => randomBytes(32).toString('hex');
  const config = loadAppConfig({
    NODE_ENV: 'development',
    DATABASE_URL: 'postgres://127.0.0.1:1/unused',
    JWT_SECRET: key(),
    PII_KEY: key(),
    PII_INDEX_KEY: key(),
    AUDIT_KEY: key(),
  });
  const document = await openApiDocumentOffline(config);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
  process.stdout.write(`${out}: ${Object.keys(document.paths).length} paths\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
