import { DataSource } from 'typeorm';
import { asSystem, isSystemCaller } from '../access/caller';
import { RequestContext } from '../context/request-context';
import type { Caller, Principal } from '../access/principal';
import {
  assertInJurisdiction,
  isInJurisdiction,
  JurisdictionScopeDropped,
  jurisdictionPrefix,
  jurisdictionScope,
  jurisdictionSql,
  scopeToJurisdiction,
  whereRegionWithin,
} from './jurisdiction';

const official = (regionCode: string | null): Principal => ({
  id: 'o',
  kind: 'staff',
  name: 'o',
  roles: ['official'],
  regionCode,
});
const resident: Principal = { id: 'r', kind: 'resident', name: 'r', roles: ['resident'], regionCode: null };
/** Objects shaped like the system that did not come from `asSystem`: a cast, a parsed body. */
const forgedSystems: [string, Caller][] = [
  ['a plain { kind: "system" } object', { kind: 'system' } as unknown as Caller],
  ['a frozen copy', Object.freeze({ kind: 'system' }) as unknown as Caller],
  ['a parsed JSON body', JSON.parse('{"kind":"system","regionCode":null,"roles":["admin"]}') as Caller],
  ['a copy of the real one', asSystem((system) => ({ ...system })) as unknown as Caller],
];

// Builds SQL only: the data source is never connected.
const db = new DataSource({ type: 'postgres' });
const leaveQuery = () => db.createQueryBuilder().select('u.id').from('unavailability', 'u');
const whereOf = (sql: string) => sql.slice(sql.indexOf(' WHERE ') + 7);

describe('jurisdiction', () => {
  it('lets a county official see every township of the county', () => {
    const caller = official('330282');

    expect(isInJurisdiction(caller, '330282113201')).toBe(true);
    expect(isInJurisdiction(caller, '330282104')).toBe(true);
    expect(isInJurisdiction(caller, '330283001')).toBe(false);
  });

  it('keeps a township official to its own township', () => {
    const caller = official('330282113');

    expect(isInJurisdiction(caller, '330282113')).toBe(true);
    expect(isInJurisdiction(caller, '330282113211')).toBe(true);
    expect(isInJurisdiction(caller, '330282104201')).toBe(false);
    expect(() => assertInJurisdiction(caller, '330282104201')).toThrow(
      expect.objectContaining({ code: 'OUTSIDE_JURISDICTION', kind: 'forbidden' }),
    );
  });

  it('turns the prefix into a half-open range for SQL', () => {
    const { sql, params } = jurisdictionSql(official('330282113'), 'sp.region_code', 3);

    expect(sql).toBe('(sp.region_code >= $3 AND sp.region_code < $4)');
    expect(params).toEqual(['330282113', '330282114']);
  });

  describe('fails closed', () => {
    it.each([
      ['no caller (an anonymous call, a job that did not say asSystem)', undefined],
      ['a resident', resident],
      ['a staff account without a region', official(null)],
      ...forgedSystems,
    ])('gives %s nothing', (_, caller: Caller | undefined) => {
      expect(isSystemCaller(caller)).toBe(false);
      expect(jurisdictionScope(caller)).toEqual({ kind: 'nothing' });
      expect(jurisdictionPrefix(caller)).toBe('__none__');
      expect(isInJurisdiction(caller, '330282113')).toBe(false);
      expect(() => assertInJurisdiction(caller, '330282113')).toThrow(
        expect.objectContaining({ code: 'OUTSIDE_JURISDICTION' }),
      );
      expect(jurisdictionSql(caller, 'x', 1)).toEqual({ sql: 'FALSE', params: [] });
      expect(whereOf(scopeToJurisdiction(caller, leaveQuery(), 'u.region_code').getQuery())).toBe('(1 = 0)');
    });

    it('gives the system — the one caller asSystem hands out — everything', () => {
      asSystem((system) => {
        expect(isSystemCaller(system)).toBe(true);
        expect(Object.isFrozen(system)).toBe(true);
        expect(jurisdictionScope(system)).toEqual({ kind: 'everything' });
        expect(jurisdictionPrefix(system)).toBeNull();
        expect(isInJurisdiction(system, '110101001001')).toBe(true);
        expect(jurisdictionSql(system, 'x', 1)).toEqual({ sql: 'TRUE', params: [] });
        // A caller passed inside (the demo seed writing as a town's official) is that caller only.
        expect(isInJurisdiction(official('330282113'), '330282104')).toBe(false);
      });
    });

    it('never lets a request run as the system', () => {
      RequestContext.run({ requestId: 'r1', principal: official('330282104') }, () => {
        const run = jest.fn();

        expect(() => asSystem(run)).toThrow(/while a request is handled/);
        expect(run).not.toHaveBeenCalled();
      });
    });
  });

  describe('scopeToJurisdiction', () => {
    const caller = official('330282104');

    it('keeps the scope when the query had conditions before it, alternatives included', () => {
      const sql = scopeToJurisdiction(
        caller,
        leaveQuery().where('u.cancelled_at IS NULL OR u.reason = :r', { r: 'x' }),
        'u.region_code',
      )
        .andWhere('u.lawyer_id = :id', { id: 'l' })
        .getQuery();

      expect(whereOf(sql)).toMatch(
        /^\(u\.cancelled_at IS NULL OR u\.reason = :r\) AND \(u\.region_code >= :jurisdiction\d+From AND u\.region_code < :jurisdiction\d+To\) AND \(u\.lawyer_id = :id\)$/,
      );
    });

    it('groups a condition with OR added after the scope, so it cannot widen it', () => {
      const sql = scopeToJurisdiction(caller, leaveQuery(), 'u.region_code')
        .andWhere('u.a = 1 OR u.b = 2')
        .getQuery();

      expect(whereOf(sql)).toMatch(
        /^\(u\.region_code >= \S+ AND u\.region_code < \S+\) AND \(u\.a = 1 OR u\.b = 2\)$/,
      );
    });

    it.each(['where', 'orWhere', 'whereInIds', 'orWhereInIds', 'whereExists', 'orWhereExists'] as const)(
      'refuses %s(), which would replace or widen the scoped conditions',
      (method) => {
        const qb = scopeToJurisdiction(caller, leaveQuery(), 'u.region_code');
        const call = qb[method] as (arg: unknown) => unknown;

        expect(() =>
          call.call(qb, method.includes('Exists') ? leaveQuery() : 'u.cancelled_at IS NULL'),
        ).toThrow(JurisdictionScopeDropped);
      },
    );

    it('lets filters narrow the scope further', () => {
      const qb = whereRegionWithin(
        scopeToJurisdiction(caller, leaveQuery(), 'u.region_code'),
        'u.region_code',
        '330282113',
      );
      const [sql, params] = [qb.getQuery(), qb.getParameters()];

      expect(whereOf(sql)).toContain(') AND (u.region_code >= :rg2_from AND u.region_code < :rg2_to)');
      expect(Object.values(params)).toEqual(['330282104', '330282105', '330282113', '330282114']);
    });

    it('adds no condition for the system, but still refuses where()', () => {
      asSystem((system) => {
        const qb = scopeToJurisdiction(
          system,
          leaveQuery().where('u.id = :id', { id: 'x' }),
          'u.region_code',
        );

        expect(whereOf(qb.getQuery())).toBe('(u.id = :id)');
        expect(() => qb.where('TRUE')).toThrow(JurisdictionScopeDropped);
      });
    });
  });
});
