import { DataSource } from 'typeorm';
import { asSystem, RequestContext } from '../context/request-context';
import type { Principal } from '../access/principal';
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
const asCaller = <T>(principal: Principal | undefined, fn: () => T): T =>
  RequestContext.run({ principal }, fn);

// Builds SQL only: the data source is never connected.
const db = new DataSource({ type: 'postgres' });
const leaveQuery = () => db.createQueryBuilder().select('u.id').from('unavailability', 'u');
const whereOf = (sql: string) => sql.slice(sql.indexOf(' WHERE ') + 7);

describe('jurisdiction', () => {
  it('lets a county official see every township of the county', () => {
    asCaller(official('330282'), () => {
      expect(isInJurisdiction('330282113201')).toBe(true);
      expect(isInJurisdiction('330282104')).toBe(true);
      expect(isInJurisdiction('330283001')).toBe(false);
    });
  });

  it('keeps a township official to its own township', () => {
    asCaller(official('330282113'), () => {
      expect(isInJurisdiction('330282113')).toBe(true);
      expect(isInJurisdiction('330282113211')).toBe(true);
      expect(isInJurisdiction('330282104201')).toBe(false);
      expect(() => assertInJurisdiction('330282104201')).toThrow(
        expect.objectContaining({ code: 'OUTSIDE_JURISDICTION', kind: 'forbidden' }),
      );
    });
  });

  it('turns the prefix into a half-open range for SQL', () => {
    const { sql, params } = asCaller(official('330282113'), () => jurisdictionSql('sp.region_code', 3));

    expect(sql).toBe('(sp.region_code >= $3 AND sp.region_code < $4)');
    expect(params).toEqual(['330282113', '330282114']);
  });

  describe('fails closed', () => {
    it.each([
      ['no context at all', <T>(fn: () => T) => fn()],
      [
        'a context without a principal (a request before sign-in, a job)',
        <T>(fn: () => T) => RequestContext.run({}, fn),
      ],
      ['a resident', <T>(fn: () => T) => asCaller(resident, fn)],
      ['a staff account without a region', <T>(fn: () => T) => asCaller(official(null), fn)],
    ])('gives %s nothing', (_, within) => {
      within(() => {
        expect(jurisdictionScope()).toEqual({ kind: 'nothing' });
        expect(jurisdictionPrefix()).toBe('__none__');
        expect(isInJurisdiction('330282113')).toBe(false);
        expect(() => assertInJurisdiction('330282113')).toThrow(
          expect.objectContaining({ code: 'OUTSIDE_JURISDICTION' }),
        );
        expect(jurisdictionSql('x', 1)).toEqual({ sql: 'FALSE', params: [] });
        expect(whereOf(scopeToJurisdiction(leaveQuery(), 'u.region_code').getQuery())).toBe('(1 = 0)');
      });
    });

    it('gives the system — and only code run as the system — everything', () => {
      asSystem(() => {
        expect(jurisdictionScope()).toEqual({ kind: 'everything' });
        expect(jurisdictionPrefix()).toBeNull();
        expect(isInJurisdiction('110101001001')).toBe(true);
        expect(jurisdictionSql('x', 1)).toEqual({ sql: 'TRUE', params: [] });
        // A principal set inside (the demo seed writing as a town's official) narrows it again.
        asCaller(official('330282113'), () => expect(isInJurisdiction('330282104')).toBe(false));
      });
      expect(RequestContext.isSystem()).toBe(false);
    });

    it('never lets a request run as the system', () => {
      RequestContext.run({ requestId: 'r1', principal: official('330282104') }, () => {
        expect(() => asSystem(() => jurisdictionScope())).toThrow(/while a request is handled/);
      });
    });
  });

  describe('scopeToJurisdiction', () => {
    const scoped = <T>(build: () => T): T => asCaller(official('330282104'), build);

    it('keeps the scope when the query had conditions before it, alternatives included', () => {
      const sql = scoped(() =>
        scopeToJurisdiction(
          leaveQuery().where('u.cancelled_at IS NULL OR u.reason = :r', { r: 'x' }),
          'u.region_code',
        )
          .andWhere('u.lawyer_id = :id', { id: 'l' })
          .getQuery(),
      );

      expect(whereOf(sql)).toMatch(
        /^\(u\.cancelled_at IS NULL OR u\.reason = :r\) AND \(u\.region_code >= :jurisdiction\d+From AND u\.region_code < :jurisdiction\d+To\) AND \(u\.lawyer_id = :id\)$/,
      );
    });

    it('groups a condition with OR added after the scope, so it cannot widen it', () => {
      const sql = scoped(() =>
        scopeToJurisdiction(leaveQuery(), 'u.region_code').andWhere('u.a = 1 OR u.b = 2').getQuery(),
      );

      expect(whereOf(sql)).toMatch(
        /^\(u\.region_code >= \S+ AND u\.region_code < \S+\) AND \(u\.a = 1 OR u\.b = 2\)$/,
      );
    });

    it.each(['where', 'orWhere', 'whereInIds', 'orWhereInIds', 'whereExists', 'orWhereExists'] as const)(
      'refuses %s(), which would replace or widen the scoped conditions',
      (method) => {
        scoped(() => {
          const qb = scopeToJurisdiction(leaveQuery(), 'u.region_code');
          const call = qb[method] as (arg: unknown) => unknown;

          expect(() =>
            call.call(qb, method.includes('Exists') ? leaveQuery() : 'u.cancelled_at IS NULL'),
          ).toThrow(JurisdictionScopeDropped);
        });
      },
    );

    it('lets filters narrow the scope further', () => {
      const { sql, params } = scoped(() => {
        const qb = whereRegionWithin(
          scopeToJurisdiction(leaveQuery(), 'u.region_code'),
          'u.region_code',
          '330282113',
        );
        return { sql: qb.getQuery(), params: qb.getParameters() };
      });

      expect(whereOf(sql)).toContain(') AND (u.region_code >= :rg2_from AND u.region_code < :rg2_to)');
      expect(Object.values(params)).toEqual(['330282104', '330282105', '330282113', '330282114']);
    });

    it('adds no condition for the system, but still refuses where()', () => {
      asSystem(() => {
        const qb = scopeToJurisdiction(leaveQuery().where('u.id = :id', { id: 'x' }), 'u.region_code');

        expect(whereOf(qb.getQuery())).toBe('(u.id = :id)');
        expect(() => qb.where('TRUE')).toThrow(JurisdictionScopeDropped);
      });
    });
  });
});
