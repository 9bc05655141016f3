import { defineErrors } from '@app/core';

/** Error codes of supervision: obligations, quotas and the quarterly assessment. */
export const SupervisionErrors = defineErrors({
  OBLIGATION_NOT_FOUND: 'not_found',
  /** An obligation for the same region, kind of point, measure and pilot flag exists: change it by deleting it first (409). */
  OBLIGATION_EXISTS: 'conflict',
  /** Officials of a city or province read only; obligations and weights are set by a county or township (403). */
  SUPERVISION_READ_ONLY: 'forbidden',
  /** The score's weights are set by a county official for their own county (403). */
  WEIGHTS_COUNTY_ONLY: 'forbidden',
});
