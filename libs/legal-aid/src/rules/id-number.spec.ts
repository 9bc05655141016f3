import { idNumberCheckDigit, idNumberProblem, normaliseIdNumber } from './id-number';

describe('citizen identity numbers (GB 11643)', () => {
  it('accepts numbers whose check digit matches, X included', () => {
    expect(idNumberProblem('11010519491231002X')).toBeNull();
    expect(idNumberProblem('440524188001010014')).toBeNull();
    expect(idNumberProblem('110101199003077918')).toBeNull();
    expect(idNumberProblem('330282199001011231')).toBeNull();
  });

  it('accepts a lower-case x and normalises it to X', () => {
    expect(idNumberProblem('11010519491231002x')).toBeNull();
    expect(normaliseIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
  });

  it('computes the check digit from the 17 digits before it', () => {
    expect(idNumberCheckDigit('11010519491231002')).toBe('X');
    expect(idNumberCheckDigit('44052418800101001')).toBe('4');
  });

  it('refuses every wrong check digit of a valid number', () => {
    const wrong = '0123456789X'.split('').filter((c) => c !== 'X');

    for (const c of wrong) expect(idNumberProblem(`11010519491231002${c}`)).toBe('has a wrong check digit');
  });

  it('refuses a swap of two digits, which changes the check digit', () => {
    expect(idNumberProblem('11010519491213002X')).not.toBeNull();
  });

  it('refuses birth dates that do not exist', () => {
    const first17 = '33028220260230123';
    const id = `${first17}${idNumberCheckDigit(first17)}`;

    expect(idNumberProblem(id)).toMatch(/birth date/);
    const old = '33028217991231123';
    expect(idNumberProblem(`${old}${idNumberCheckDigit(old)}`)).toMatch(/birth date/);
  });

  it('refuses wrong lengths, letters and a leading zero', () => {
    expect(idNumberProblem('1101051949123100')).toMatch(/18 characters/);
    expect(idNumberProblem('11010519491231002XX')).toMatch(/18 characters/);
    expect(idNumberProblem('1101051949123100AX')).toMatch(/18 characters/);
    expect(idNumberProblem('01010519491231002X')).toMatch(/18 characters/);
    expect(idNumberProblem(110105194912310020)).toBe('must be a string');
  });
});
