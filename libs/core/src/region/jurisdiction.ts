import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../errors/app-error';
import { CoreErrors } from '../errors/core.errors';
import { isSystemCaller } from '../access/caller';
import type { Caller } from '../access/principal';
import { isWithinRegion, regionRange } from './region-code';

/**
 * Jurisdiction: staff see and change only region-bound rows whose `region_code` lies under the
 * region they govern. This file is the one place that rule is written; repositories call
 * `scopeToJurisdiction` (query builders) or `jurisdictionSql` (raw SQL) on every query of
 * region-bound data, services call `assertInJurisdiction` before writing.
 *
 * Every helper takes the caller as its first parameter. It fails closed: a staff caller sees their
 * region, the system (the one object `asSystem` hands to jobs, the CLI, the demo seed) sees
 * everything, and everyone else — anonymous calls (`undefined`), residents, staff without a region,
 * anything merely shaped like the system — sees nothing. Public routes read public data through methods that
 * say so in their names (e.g. `ServicePointsService.getPublic`), never through a missing caller.
 */
export type JurisdictionScope =
  { kind: 'everything' } | { kind: 'nothing' } | { kind: 'region'; prefix: string };

/** The caller's jurisdiction (see the file comment). */
export function jurisdictionScope(caller: Caller | undefined): JurisdictionScope {
  if (isSystemCaller(caller)) return { kind: 'everything' };
  // A staff account without a region sees nothing rather than everything.
  if (caller?.kind === 'staff' && caller.regionCode) return { kind: 'region', prefix: caller.regionCode };
  return { kind: 'nothing' };
}

/**
 * The caller's jurisdiction as a code prefix: `null` for the system (everything), `'__none__'` when
 * the caller has none (nothing).
 */
export function jurisdictionPrefix(caller: Caller | undefined): string | null {
  const scope = jurisdictionScope(caller);
  return scope.kind === 'everything' ? null : scope.kind === 'nothing' ? '__none__' : scope.prefix;
}

/** Thrown when code tries to replace or widen the conditions of a jurisdiction-scoped query. */
export class JurisdictionScopeDropped extends Error {
  constructor(method: string) {
    super(
      `${method}() on a jurisdiction-scoped query would replace or widen its conditions and drop the ` +
        `jurisdiction: add conditions with andWhere() (group alternatives in Brackets)`,
    );
  }
}

const SCOPED = Symbol('jurisdiction-scoped');
let scopeCounter = 0;

/**
 * Restricts a query to the caller's jurisdiction; `column` is the row's region code. The scope cannot
 * be dropped whatever the order of the calls: conditions already on the query are grouped before the
 * scope is added to them, conditions added later with `andWhere` are grouped too, and `where()` /
 * `orWhere()` (which would replace or widen what came before) throw `JurisdictionScopeDropped`.
 */
export function scopeToJurisdiction<T extends ObjectLiteral>(
  caller: Caller | undefined,
  qb: SelectQueryBuilder<T>,
  column: string,
): SelectQueryBuilder<T> {
  const scope = jurisdictionScope(caller);
  if (scope.kind === 'nothing') return scopeQuery(qb, '1 = 0');
  if (scope.kind === 'everything') return scopeQuery(qb, null);
  const { from, to } = regionRange(scope.prefix);
  const key = `jurisdiction${++scopeCounter}`;
  return scopeQuery(qb, `${column} >= :${key}From AND ${column} < :${key}To`, {
    [`${key}From`]: from,
    [`${key}To`]: to,
  });
}

/**
 * Adds a condition that later calls cannot drop, as `scopeToJurisdiction` adds the jurisdiction: for
 * the narrower views built on it (a lawyer sees their own entries). `null` adds none but guards the query.
 */
export function scopeQuery<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  condition: string | null,
  parameters?: ObjectLiteral,
): SelectQueryBuilder<T> {
  groupConditions(qb);
  if (condition) qb.andWhere(`(${condition})`, parameters);
  return guard(qb);
}

/** The query's conditions so far as one bracketed group, so that what is added next cannot split them. */
function groupConditions<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): void {
  const wheres = qb.expressionMap.wheres;
  if (wheres.length === 0) return;
  qb.expressionMap.wheres = [{ type: 'and', condition: { operator: 'brackets', condition: wheres } }];
}

function guard<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  const scoped = qb as SelectQueryBuilder<T> & Record<symbol, boolean>;
  if (scoped[SCOPED]) return qb;
  scoped[SCOPED] = true;
  const andWhere = qb.andWhere.bind(qb);
  for (const method of ['where', 'orWhere', 'whereInIds', 'orWhereInIds', 'whereExists', 'orWhereExists']) {
    Object.defineProperty(qb, method, {
      value: () => {
        throw new JurisdictionScopeDropped(method);
      },
    });
  }
  // A condition string such as "a OR b" added after the scope would otherwise bind as "(scope AND a) OR b".
  Object.defineProperty(qb, 'andWhere', {
    value: (condition: unknown, parameters?: ObjectLiteral) =>
      andWhere(
        (typeof condition === 'string'
          ? `(${condition})`
          : typeof condition === 'function'
            ? (q: SelectQueryBuilder<T>) => `(${(condition as (q: SelectQueryBuilder<T>) => string)(q)})`
            : condition) as Parameters<SelectQueryBuilder<T>['andWhere']>[0],
        parameters,
      ),
  });
  return qb;
}

/** Restricts a query to codes under `prefix`, as an index-friendly range (a filter, not a scope). */
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

/**
 * SQL fragment and parameters for raw queries: `(region_code >= $n AND region_code < $n+1)`, `TRUE`
 * for the system, `FALSE` for a caller without a jurisdiction. AND it with the query's other
 * conditions, each alternative in parentheses.
 */
export function jurisdictionSql(
  caller: Caller | undefined,
  column: string,
  nextParam: number,
): { sql: string; params: string[] } {
  const scope = jurisdictionScope(caller);
  if (scope.kind === 'everything') return { sql: 'TRUE', params: [] };
  if (scope.kind === 'nothing') return { sql: 'FALSE', params: [] };
  const { from, to } = regionRange(scope.prefix);
  return { sql: `(${column} >= $${nextParam} AND ${column} < $${nextParam + 1})`, params: [from, to] };
}

export function isInJurisdiction(caller: Caller | undefined, regionCode: string): boolean {
  const scope = jurisdictionScope(caller);
  return scope.kind === 'everything' || (scope.kind === 'region' && isWithinRegion(regionCode, scope.prefix));
}

/** The 403 for a place, or a person of a place, outside the caller's jurisdiction. */
export function outsideJurisdiction(
  details: Record<string, unknown>,
  message = 'That region is outside your jurisdiction',
): AppError {
  return new AppError(CoreErrors.OUTSIDE_JURISDICTION, message, details);
}

/** Refuses a write to a place outside the caller's jurisdiction. */
export function assertInJurisdiction(caller: Caller | undefined, regionCode: string): void {
  if (!isInJurisdiction(caller, regionCode)) throw outsideJurisdiction({ regionCode });
}

/** The code lengths of a jurisdiction that may write: county (6), township (9), village (12). */
const WRITING_LENGTHS = new Set([6, 9, 12]);

/**
 * Whether the caller only reads: staff whose jurisdiction lies above a county (a city's 4 digits, a
 * province's 2) read the counties below them and change nothing. It fails closed: a region code of any
 * length but a county's, a township's or a village's reads only. Staff without a region (the
 * administrators, who keep accounts and settings) are not read-only here; the jurisdiction gives them
 * no region-bound rows. The system writes.
 */
export function isReadOnlyJurisdiction(caller: Caller | undefined): boolean {
  return (
    caller?.kind === 'staff' && caller.regionCode !== null && !WRITING_LENGTHS.has(caller.regionCode.length)
  );
}

/**
 * Refuses any write by a read-only caller (403 `READ_ONLY_JURISDICTION`). The roles guard applies it to
 * every request that is not a read, so a new write route is covered without a line of its own; only
 * routes that change the caller's own account (sign out, end a session, change the password) opt out.
 */
export function assertMayWrite(caller: Caller | undefined): void {
  if (isReadOnlyJurisdiction(caller))
    throw new AppError(
      CoreErrors.READ_ONLY_JURISDICTION,
      'Officials of a city or province read the regions below them and change nothing',
      { regionCode: caller?.kind === 'staff' ? caller.regionCode : null },
    );
}

/** Refuses a write by a read-only caller or to a place outside the caller's jurisdiction. */
export function assertMayWriteIn(caller: Caller | undefined, regionCode: string): void {
  assertMayWrite(caller);
  assertInJurisdiction(caller, regionCode);
}
