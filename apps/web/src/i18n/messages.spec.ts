import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from './en';
import { enStaff } from './en.staff';
import { zhCN } from './zh-CN';
import { zhCNStaff } from './zh-CN.staff';

const LIBS = join(__dirname, '../../../../libs');
/** Codes that never reach the web app (the `stats verify` command's). */
const CLI_ONLY = new Set(['ROLLUP_MISMATCH', 'DEMO_REFUSED']);

/** The error codes a module declares in its `*.errors.ts` (read as text: the web app never imports the API). */
function declaredCodes(lib?: string): string[] {
  const codes = new Set<string>();
  for (const name of lib ? [lib] : readdirSync(LIBS)) {
    const src = join(LIBS, name, 'src');
    for (const file of readdirSync(src).filter((f) => f.endsWith('.errors.ts')))
      for (const m of readFileSync(join(src, file), 'utf8').matchAll(
        /^\s+([A-Z][A-Z0-9_]+): '(?:bad_request|unauthorized|forbidden|not_found|conflict|rule|locked|too_many)'/gm,
      ))
        codes.add(m[1]);
  }
  return [...codes].filter((c) => !CLI_ONLY.has(c)).sort();
}

describe('error messages', () => {
  it('finds the codes of every module', () => {
    expect(declaredCodes()).toEqual(
      expect.arrayContaining(['LOG_LOCKED', 'ILLEGAL_TRANSITION', 'NO_COMPLETE_MONTH', 'SLOT_FULL']),
    );
  });

  it.each([
    ['zh-CN', { ...zhCN.errors, ...zhCNStaff.errors }],
    ['en', { ...en.errors, ...enStaff.errors }],
  ])('has a %s message for every error code the API declares', (_locale, messages) => {
    const missing = declaredCodes().filter((code) => !(code in messages));

    expect(missing).toEqual([]);
  });

  it('keeps the messages a resident can meet in the first download, not in the staff messages', () => {
    const staffOnly = new Set(['APPOINTMENT_STATE']);
    const residents = declaredCodes('booking').filter((code) => !staffOnly.has(code));

    expect(residents.filter((code) => !(code in zhCN.errors))).toEqual([]);
    expect(residents.filter((code) => !(code in en.errors))).toEqual([]);
  });
});
