import { hostileTextProblems, jsonDepthExceeds } from './hostile-input';

describe('jsonDepthExceeds', () => {
  it('counts objects and arrays, up to the limit and one past it', () => {
    expect(jsonDepthExceeds('{"a":[{"b":1}]}', 3)).toBe(false);
    expect(jsonDepthExceeds('{"a":[{"b":[1]}]}', 3)).toBe(true);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(jsonDepthExceeds('{"a":"[[[[{{{{"}', 1)).toBe(false);
    expect(jsonDepthExceeds('{"a":"say \\"[[[[\\" twice"}', 1)).toBe(false);
    expect(jsonDepthExceeds('{"a":"\\\\","b":[[1]]}', 2)).toBe(true);
  });

  it('measures depth, not the number of siblings', () => {
    expect(jsonDepthExceeds(`[${'[],'.repeat(10_000)}[]]`, 2)).toBe(false);
  });
});

describe('hostileTextProblems', () => {
  it('names every string holding a control character, by its path', () => {
    expect(
      Object.keys(
        hostileTextProblems({
          a: 'ok',
          b: { c: 'x\u0000' },
          rows: [{ s: 'y' }, { s: '\u007f' }],
          ['k\u0001']: 1,
        }),
      ),
    ).toEqual(['b.c', 'rows.1.s', 'k\u0001']);
  });

  it('names half a surrogate pair, high or low, and lets whole pairs (emoji) through', () => {
    expect(hostileTextProblems({ a: 'x\ud800', b: '\udc00y', c: '😀', d: ['\ud83d'] })).toEqual({
      a: 'must be well-formed Unicode text',
      b: 'must be well-formed Unicode text',
      'd.0': 'must be well-formed Unicode text',
    });
  });

  it('lets tabs, line breaks and ordinary Chinese text through', () => {
    expect(hostileTextProblems({ summary: '第一行\n第二行\r\n\t缩进' })).toEqual({});
  });
});
