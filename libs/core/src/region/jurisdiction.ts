import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../errors/app-error';
import { RequestContext } from '../context/request-context';
import { isWithinRegion, regionRange } from './region-code';

/**
 * Jurisdiction: staff see and change only region-bound rows whose `region_code` lies under the
 * region they govern. This file is the one place that rule is written; repositories call
 * `scopeToJurisdiction` on every query of region-bound data, services call `assertInJurisdiction`
 * before writing. Calls without a staff caller (public reads, CLI, jobs) are not restricted here;
 * routes decide who may call them.
 */
export function jurisdictionPrefix(): string | null {
  const principal = RequestContext.principal();
  if (!principal || principal.kind !== 'staff') return null;
  // A staff account without a region sees nothing rather than everything.
  return principal.regionCode ?? '__none__';
}

/** Adds the caller's jurisdiction to a query: `column` must be the row's region code. */
export function scopeToJurisdiction<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
): SelectQueryBuilder<T> {
  const prefix = jurisdictionPrefix();
  return prefix === null ? qb : whereRegionWithin(qb, column, prefix);
}

/** Restricts a query to codes under `prefix`, as an index-friendly range. */
export function whereRegionWithin<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  prefix: string,
): SelectQueryBuilder<T> {
  if (prefix === '__none__') return qb.andWhere('1 = 0');
  const { from, to } = regionRange(prefix);
  const key = `rg${Object.keys(qb.getParameters()).length}`;
  return qb.andWhere(`${column} >= :${key}_from AND ${column} < :${key}_to`, {
    [`${key}_from`]: from,
    [`${key}_to`]: to,
  });
}

/** SQL fragment and parameters for raw queries: `region_code >= $n AND region_code < $n+1`. */
export function jurisdictionSql(column: string, nextParam: number): { sql: string; params: string[] } {
  const prefix = jurisdictionPrefix();
  if (prefix === null) return { sql: 'TRUE', params: [] };
  if (prefix === '__none__') return { sql: 'FALSE', params: [] };
  const { from, to } = regionRange(prefix);
  return { sql: `(${column} >= $${nextParam} AND ${column} < $${nextParam + 1})`, params: [from, to] };
}

export function isInJurisdiction(regionCode: string): boolean {
  const prefix = jurisdictionPrefix();
  return prefix === null || (prefix !== '__none__' && isWithinRegion(regionCode, prefix));
}

/** Refuses a write to a place outside the caller's jurisdiction. */
export function assertInJurisdiction(regionCode: string): void {
  if (!isInJurisdiction(regionCode)) {
    throw new AppError('OUTSIDE_JURISDICTION', 'forbidden', 'That region is outside your jurisdiction', {
      regionCode,
    });
  }
}
