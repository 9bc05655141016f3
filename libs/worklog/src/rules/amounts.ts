import type { ServiceLogType } from '../vocabulary';

export interface AmountFields {
  amountInvolved?: number | null;
  resolved?: boolean | null;
  contractAmount?: number | null;
}

/** Which type each amount field belongs to: mediation has the amount involved and the outcome, contract review the contract amount. */
const OWNER: Record<keyof AmountFields, ServiceLogType> = {
  amountInvolved: 'mediation',
  resolved: 'mediation',
  contractAmount: 'contract_review',
};

/** The amount fields given (not null) that `type` does not have, as 400 details keyed by field. */
export function amountProblems(type: ServiceLogType, fields: AmountFields): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const key of Object.keys(OWNER) as (keyof AmountFields)[]) {
    const value = fields[key];
    if (value !== undefined && value !== null && OWNER[key] !== type) {
      out[key] = [`${key} is only for ${OWNER[key]} logs`];
    }
  }
  return out;
}

/**
 * The amounts an entry keeps when its type changes: those that belong to the new type stay, the
 * others are dropped (a mediation turned consultation has no amount involved).
 */
export function keepAmountsOf<T extends AmountFields>(type: ServiceLogType, fields: T): T {
  const out = { ...fields };
  for (const key of Object.keys(OWNER) as (keyof AmountFields)[]) {
    if (OWNER[key] !== type) out[key] = null as never;
  }
  return out;
}
