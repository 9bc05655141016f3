/**
 * The topics (案由) residents come about, shared by bookings, the work log and the statistics, with
 * their Chinese names for the exports.
 */
export const TOPICS = [
  'marriage_family',
  'labour_wages',
  'land_housing',
  'contract_debt',
  'neighbour',
  'traffic',
  'inheritance',
  'consumer',
  'administrative',
  'other',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Chinese names of the topics, for the exports. */
export const TOPIC_LABELS: Record<Topic, string> = {
  marriage_family: '婚姻家庭',
  labour_wages: '劳动报酬',
  land_housing: '土地房产',
  contract_debt: '合同债务',
  neighbour: '邻里纠纷',
  traffic: '交通事故',
  inheritance: '继承',
  consumer: '消费维权',
  administrative: '行政争议',
  other: '其他',
};
