// The web app's API types, generated from the OpenAPI document the API serves at /api/docs-json
// (written offline to dist/openapi.json by `npm run openapi:document`): `npm run api:types` writes
// apps/web/src/api/schema.d.ts; with --check it writes nothing and fails when the checked-in file
// differs from what the current API generates (CI, next to the typecheck).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, 'apps/web/src/api/schema.d.ts');
const document = JSON.parse(readFileSync(resolve(root, 'dist/openapi.json'), 'utf8'));

const HEADER = `/**
 * Generated from the API's OpenAPI document by \`npm run api:types\` (openapi-typescript); do not
 * edit. CI fails when it differs from what the current API generates.
 */

`;
const ast = await openapiTS(document, { alphabetize: false, exportType: false, defaultNonNullable: false });
const generated = HEADER + astToString(ast);

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing: differs
  }
  if (current !== generated) {
    process.stderr.write(
      'apps/web/src/api/schema.d.ts differs from the current OpenAPI document: run `npm run api:types` and commit it\n',
    );
    process.exit(1);
  }
  process.stdout.write('apps/web/src/api/schema.d.ts matches the OpenAPI document\n');
} else {
  writeFileSync(target, generated);
  process.stdout.write(`${target}: ${Object.keys(document.paths).length} paths\n`);
}
