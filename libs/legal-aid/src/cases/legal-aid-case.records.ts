import { defineRecordKind } from '@app/audit';
import type { CaseRow } from './legal-aid-cases.repository';

/** A legal-aid case as the change ledger carries it: the row as the service reads it. */
export type LegalAidCaseRecord = CaseRow;

/** The fields the audit trail keeps of a case: never the applicant's name, phone, ID number or story. */
function auditView(c: CaseRow): Record<string, unknown> {
  const { phone_enc: _p, id_number_enc: _i, applicant_name: _n, summary: _s, ...rest } = c;
  return rest;
}

/** Every change of a legal-aid case goes through the change ledger as this kind; the statistics count it. */
export const LEGAL_AID_CASE = defineRecordKind<LegalAidCaseRecord>('legal_aid_case', {
  counted: true,
  auditView,
  identify: (c) => ({ id: c.id, regionCode: c.region_code }),
});
