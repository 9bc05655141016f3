/** The work log's own vocabulary: the types of service a lawyer logs and the kinds of workshop. */
export const SERVICE_LOG_TYPES = [
  'consultation',
  'document_drafting',
  'legal_aid',
  'mediation',
  'village_affairs',
  'contract_review',
  'grid_guidance',
] as const;
export type ServiceLogType = (typeof SERVICE_LOG_TYPES)[number];

export const WORKSHOP_KINDS = ['lecture', 'publicity', 'training'] as const;
export type WorkshopKind = (typeof WORKSHOP_KINDS)[number];
