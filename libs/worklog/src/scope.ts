import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { RequestContext, scopeQuery, scopeToJurisdiction, viewerScope } from '@app/core';

/**
 * Who sees which work-log rows: a lawyer sees their own entries (wherever they served, the county
 * centre included), every other staff member the rows of their jurisdiction (the shared helper).
 */
export function ownEntriesOf(): string | null {
  const scope = viewerScope(RequestContext.principal());
  return 'lawyerId' in scope ? scope.lawyerId : null;
}

/**
 * Applies the caller's view to a query: `lawyerColumn` is the entry's lawyer (or lecturer). Either way
 * the view cannot be dropped by a later `where()` (see `scopeQuery`).
 */
export function scopeToViewer<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  regionColumn: string,
  lawyerColumn: string,
): SelectQueryBuilder<T> {
  const own = ownEntriesOf();
  return own
    ? scopeQuery(qb, `${lawyerColumn} = :viewerId`, { viewerId: own })
    : scopeToJurisdiction(qb, regionColumn);
}
