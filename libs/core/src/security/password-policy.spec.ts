import { isCommonPassword, passwordProblems } from './password-policy';

describe('passwordProblems', () => {
  it('accepts 10+ characters from 3 of 4 classes', () => {
    expect(passwordProblems('Demo@2026pass')).toEqual([]);
    expect(passwordProblems('abcdefgh12!')).toEqual([]);
  });

  it('rejects short passwords', () => {
    expect(passwordProblems('Ab1!xyz')).toContain('must be at least 10 characters long');
  });

  it('rejects passwords of only two classes', () => {
    expect(passwordProblems('abcdefgh1234')).toEqual([
      'must mix at least 3 of: lower-case letters, upper-case letters, digits, symbols',
    ]);
  });

  it('rejects a password containing the login name', () => {
    expect(passwordProblems('Lawyer01-secret', 'lawyer01')).toEqual(['must not contain the login name']);
  });
});

describe('isCommonPassword', () => {
  it.each(['123456', 'password', 'qwerty', 'a123456', 'woaini1314', 'qq123456', 'QQ123456'])(
    'finds %s in the bundled list',
    (password) => {
      expect(isCommonPassword(password)).toBe(true);
    },
  );

  it.each([
    ['a common word with a year and a symbol', 'Password2026!'],
    ['a Chinese favourite with a symbol', 'Woaini1314!'],
    ['leetspeak', 'P@ssw0rd123'],
    ['qq and digits', 'Qq123456789'],
  ])('finds %s (%s), which passes the rules of length and classes', (_case, password) => {
    expect(passwordProblems(password)).toContain('is one of the most common passwords');
  });

  it.each(['Demo@2026pass', 'Fresh-Start-2026', 'Harbour-Lights-2026', 'Brand-new-Pass-2026', 'abcdefgh12!'])(
    'accepts %s',
    (password) => {
      expect(isCommonPassword(password)).toBe(false);
    },
  );
});
