import { defineRecordKind } from '@app/audit';

/** A county's weights of the assessment's score (none: a plain listing). */
export interface AssessmentWeights {
  countyCode: string;
  weights: Record<string, number> | null;
}

/** Every change of a county's weights goes through the change ledger (audited, not counted). */
export const ASSESSMENT_WEIGHTS = defineRecordKind<AssessmentWeights>('assessment_weights', {
  counted: false,
  identify: (w) => ({ id: w.countyCode, regionCode: w.countyCode }),
});
