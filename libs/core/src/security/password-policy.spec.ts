import { passwordProblems } from './password-policy';

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
