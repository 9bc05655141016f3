import { tooEarlyToMark } from './mark-window';

describe('tooEarlyToMark', () => {
  const start = new Date('2026-11-23T01:00:00Z');
  const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

  it('refuses arrival and completion before the slot starts, and accepts them from its start', () => {
    expect(tooEarlyToMark('arrived', start, at(-1), 15)).toEqual(start);
    expect(tooEarlyToMark('completed', start, at(-30), 15)).toEqual(start);
    expect(tooEarlyToMark('arrived', start, at(0), 15)).toBeNull();
    expect(tooEarlyToMark('completed', start, at(5), 15)).toBeNull();
  });

  it('refuses a no-show until the start plus the grace', () => {
    expect(tooEarlyToMark('no_show', start, at(-10), 15)).toEqual(at(15));
    expect(tooEarlyToMark('no_show', start, at(14), 15)).toEqual(at(15));
    expect(tooEarlyToMark('no_show', start, at(15), 15)).toBeNull();
    expect(tooEarlyToMark('no_show', start, at(0), 0)).toBeNull();
  });
});
