import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { type Caller, scopeQuery, scopeToJurisdiction, viewerScope } from '@app/core';

/**
 * Applies the caller's view to a query: a lawyer sees their own entries (wherever they served, the
 * county centre included), every other staff member the rows of their jurisdiction (`viewerScope`).
 * `lawyerColumn` is the entry's lawyer (or lecturer). Either way the view cannot be dropped by a
 * later `where()` (see `scopeQuery`).
 */
export function scopeToViewer<T extends ObjectLiteral>(
  caller: Caller,
  qb: SelectQueryBuilder<T>,
  regionColumn: string,
  lawyerColumn: string,
): SelectQueryBuilder<T> {
  const scope = viewerScope(caller);
  return 'lawyerId' in scope
    ? scopeQuery(qb, `${lawyerColumn} = :viewerId`, { viewerId: scope.lawyerId })
    : scopeToJurisdiction(caller, qb, regionColumn);
}
