import { AppError, defineErrors, kindOf } from './app-error';

describe('defineErrors', () => {
  it('gives each code the kind it was declared with, and AppError takes its kind from there', () => {
    const Errors = defineErrors({ PROBE_GONE: 'not_found', PROBE_REFUSED: 'rule' });
    expect(Errors.PROBE_GONE).toBe('PROBE_GONE');
    expect(new AppError(Errors.PROBE_REFUSED, 'no').kind).toBe('rule');
    expect(new AppError(Errors.PROBE_GONE, 'gone', { id: '1' })).toMatchObject({
      code: 'PROBE_GONE',
      kind: 'not_found',
      message: 'gone',
      details: { id: '1' },
    });
  });

  it('lets two modules declare one code only with one kind', () => {
    defineErrors({ PROBE_SHARED: 'not_found' });
    expect(() => defineErrors({ PROBE_SHARED: 'not_found' })).not.toThrow();
    expect(() => defineErrors({ PROBE_SHARED: 'rule' })).toThrow(
      'Error code PROBE_SHARED is declared as not_found and again as rule',
    );
  });

  it('refuses a code that was never declared', () => {
    expect(() => kindOf('PROBE_UNDECLARED' as never)).toThrow('never declared');
  });
});
