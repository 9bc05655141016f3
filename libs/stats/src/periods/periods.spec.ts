import type { StatFact } from '../sources/stat-fact';
import { rankRows } from '../ranking/stats-ranking.service';
import { touchedTownshipMonths } from './periods.service';

const fact = (day: string, regionCode: string, consultations: number, summary = false): StatFact => ({
  day,
  servicePointId: 'p1',
  regionCode,
  lawyerId: 'l1',
  topic: summary ? 'other' : null,
  values: { consultations },
});

describe('touchedTownshipMonths', () => {
  it('names the township-months where counters move, before the current month only', () => {
    const before = [fact('2027-01-31', '330282113201', 2)];
    const after = [fact('2027-03-01', '330282113201', 2)];

    expect(touchedTownshipMonths(before, after, false, '2027-03')).toEqual(['330282113|2027-01']);
  });

  it('leaves out a month whose counters do not move unless the record sits in it (a legal-aid case closed later)', () => {
    const accepted = fact('2027-01-10', '330282113', 1);
    const recovered = fact('2027-03-02', '330282113', 5);

    expect(touchedTownshipMonths([accepted], [accepted, recovered], false, '2027-03')).toEqual([]);
    expect(touchedTownshipMonths([accepted], [accepted], true, '2027-03')).toEqual(['330282113|2027-01']);
  });

  it('keeps records of a county’s own centre out of every township', () => {
    expect(touchedTownshipMonths([], [fact('2027-01-10', '330282', 1)], true, '2027-03')).toEqual([]);
  });
});

describe('rankRows', () => {
  it('ranks highest first, equal values share a rank and the next one skips, rows without a value last', () => {
    const ranked = rankRows([
      { regionCode: 'a', value: 3 },
      { regionCode: 'b', value: null },
      { regionCode: 'c', value: 5 },
      { regionCode: 'd', value: 3 },
      { regionCode: 'e', value: 0 },
    ]);

    expect(ranked.map((r) => [r.regionCode, r.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['d', 2],
      ['e', 4],
      ['b', 5],
    ]);
  });
});
