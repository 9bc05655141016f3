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

/** The Chinese names of the service types, as the ledgers, templates and registers write them. */
export const SERVICE_LOG_TYPE_LABELS: Record<ServiceLogType, string> = {
  consultation: '法律咨询',
  document_drafting: '代拟法律文书',
  legal_aid: '协助申请法律援助',
  mediation: '矛盾纠纷调处',
  village_affairs: '村级法律事务',
  contract_review: '审核村级经济合同',
  grid_guidance: '指导网格员调解',
};

/** The Chinese names of the kinds of workshop. */
export const WORKSHOP_KIND_LABELS: Record<WorkshopKind, string> = {
  lecture: '法治讲座',
  publicity: '普法宣传',
  training: '培训',
};
