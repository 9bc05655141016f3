import { chooseCoding, noneMatch } from './public-read-http';

describe('chooseCoding', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['identity', undefined],
    ['gzip, deflate', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', undefined],
    ['*', 'br'],
    ['*;q=0.1, br;q=0', 'gzip'],
    ['deflate', undefined],
    ['GZIP ; Q=0.9', 'gzip'],
    [['gzip', 'br'], 'br'],
    ['br;q=nonsense, gzip', 'gzip'],
  ])('%j → %s', (header, coding) => {
    expect(chooseCoding(header as string | string[] | undefined)).toBe(coding);
  });
});

describe('noneMatch', () => {
  const etag = 'W/"abc"';

  it.each([
    [undefined, false],
    ['', false],
    ['W/"abc"', true],
    ['"abc"', true],
    ['"x", W/"abc"', true],
    ['*', true],
    ['W/"abd"', false],
    ['abc', false],
    ['W/"ab', false],
  ])('%j → %s', (header, matches) => {
    expect(noneMatch(header, etag)).toBe(matches);
  });
});
