import { COMMON_PASSWORDS_TEXT } from './common-passwords';

let common: Set<string> | undefined;
const commonPasswords = () => (common ??= new Set(COMMON_PASSWORDS_TEXT.split('\n').filter(Boolean)));

const LEET: Record<string, string> = { '@': 'a', '4': 'a', '0': 'o', '3': 'e', $: 's', '5': 's', '7': 't' };
const unleet = (s: string, one: 'i' | 'l') =>
  s.replace(/[@40$357!1]/g, (c) => (c === '1' || c === '!' ? one : LEET[c]));

/**
 * The forms under which a password is looked up in the list of common ones: as typed (in lower
 * case), without symbols around it, every beginning of at least 4 characters that only digits and
 * symbols follow (what people append to pass a rule: `Password2026!` → `password`, `Qq123456789` →
 * `qq123456`), and the word itself read without leetspeak (`P@ssw0rd1` → `password`).
 */
export function commonPasswordForms(password: string): string[] {
  const lower = password.toLowerCase();
  const forms = [lower, lower.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')];
  for (let end = lower.length - 1; end >= 4; end--) {
    if (/[a-z]/.test(lower.slice(end))) break;
    forms.push(lower.slice(0, end));
  }
  const core = lower.replace(/^[^a-z0-9]+/, '').replace(/[^a-z]+$/, '');
  if (core.length >= 4) forms.push(core, unleet(core, 'i'), unleet(core, 'l'));
  return [...new Set(forms)];
}

/** Whether a password is, or is built on, one of the bundled common passwords. */
export function isCommonPassword(password: string): boolean {
  const list = commonPasswords();
  return commonPasswordForms(password).some((f) => list.has(f));
}

/**
 * Staff password policy: at least 10 characters drawn from at least 3 of the 4 classes (lower case,
 * upper case, digits, other), not the login name, and not a common password (see
 * `common-passwords.ts`). Returns the problems, empty when the password is acceptable. Whether it
 * was used before is the account's business (the password history).
 */
export function passwordProblems(password: string, username?: string): string[] {
  const problems: string[] = [];
  if (password.length < 10) problems.push('must be at least 10 characters long');
  if (password.length > 128) problems.push('must be at most 128 characters long');
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3)
    problems.push('must mix at least 3 of: lower-case letters, upper-case letters, digits, symbols');
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push('must not contain the login name');
  }
  if (isCommonPassword(password)) problems.push('is one of the most common passwords');
  return problems;
}
