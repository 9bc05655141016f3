import { TOPIC_LABELS, TOPICS } from '@app/core';
import { CASE_CATEGORIES, CASE_CATEGORY_LABELS } from '@app/legal-aid';
import {
  SERVICE_LOG_TYPE_LABELS,
  SERVICE_LOG_TYPES,
  WORKSHOP_KIND_LABELS,
  WORKSHOP_KINDS,
} from '@app/worklog';

// The Chinese names live beside their codes (worklog, legal-aid); the templates show them.
export { CASE_CATEGORY_LABELS, SERVICE_LOG_TYPE_LABELS, WORKSHOP_KIND_LABELS };

/** What an import brings in: work-log entries, workshops or legal-aid cases. */
export const IMPORT_KINDS = ['service_logs', 'workshops', 'legal_aid_cases'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The kind of a template path (`service_logs` as API.md writes it, or `service-logs`). */
export function importKindOf(value: string): ImportKind | null {
  const kind = value.replace(/-/g, '_');
  return (IMPORT_KINDS as readonly string[]).includes(kind) ? (kind as ImportKind) : null;
}

/** The sheet a template's rows go on (and the one an upload is read from). */
export const DATA_SHEET: Record<ImportKind, string> = {
  service_logs: '工作日志',
  workshops: '法治讲座',
  legal_aid_cases: '法律援助案件',
};

/** An allowed value of a column: its code (what the API takes) and its Chinese name (what the sheet shows). */
export interface Choice {
  value: string;
  label: string;
}

export type ColumnType =
  | 'datetime' // a date, optionally with a time (Asia/Shanghai)
  | 'text'
  | 'count' // a whole number ≥ 0
  | 'money' // yuan, ≥ 0, at most 2 decimals
  | 'yesno'
  | 'choice'
  | 'point' // a service point of the jurisdiction, by name or id
  | 'lawyer'; // a lawyer by name (or id): kept as a name when not on the staff

/** One column of a template: the field it fills (as the JSON rows name it) and its Chinese header. */
export interface ColumnDef {
  field: string;
  header: string;
  type: ColumnType;
  required: boolean;
  choices?: Choice[];
  /** Longest text. */
  max?: number;
  /** Other headers officials' own ledgers use for this column. */
  aliases?: string[];
  /** The template's example row. */
  example: string | number;
  /** What the template's note on the header says. */
  note?: string;
}

const choices = <T extends string>(values: readonly T[], labels: Record<T, string>): Choice[] =>
  values.map((value) => ({ value, label: labels[value] }));

const YES_NO: Choice[] = [
  { value: 'true', label: '是' },
  { value: 'false', label: '否' },
];

const POINT_NOTE = '服务点名称(下拉选择),须在本辖区内';
const DATE_NOTE = '日期,如 2025-03-04 或 2025-03-04 09:30;2010-01-01 至今天';

/** The columns of each kind, in the template's order. */
export const COLUMNS: Record<ImportKind, ColumnDef[]> = {
  service_logs: [
    {
      field: 'occurredAt',
      header: '服务日期',
      type: 'datetime',
      required: true,
      aliases: ['日期', '时间'],
      example: '2025-03-04 09:30',
      note: DATE_NOTE,
    },
    {
      field: 'servicePoint',
      header: '服务点',
      type: 'point',
      required: true,
      aliases: ['服务地点', '地点'],
      example: '',
      note: POINT_NOTE,
    },
    {
      field: 'lawyer',
      header: '律师',
      type: 'lawyer',
      required: true,
      aliases: ['值班律师', '律师姓名', '服务律师'],
      example: '',
      note: '律师姓名;不在册的律师也可填写,保留姓名',
    },
    {
      field: 'type',
      header: '服务类型',
      type: 'choice',
      required: true,
      choices: choices(SERVICE_LOG_TYPES, SERVICE_LOG_TYPE_LABELS),
      aliases: ['类型', '服务事项'],
      example: '法律咨询',
    },
    {
      field: 'topic',
      header: '事项类别',
      type: 'choice',
      required: true,
      choices: choices(TOPICS, TOPIC_LABELS),
      aliases: ['类别', '案由'],
      example: '劳动报酬',
    },
    {
      field: 'peopleCount',
      header: '人数',
      type: 'count',
      required: false,
      aliases: ['人次', '咨询人数'],
      example: 1,
      note: '咨询人次,默认1',
    },
    {
      field: 'summary',
      header: '内容摘要',
      type: 'text',
      required: true,
      max: 2000,
      aliases: ['摘要', '内容', '服务内容'],
      example: '咨询拖欠工资如何维权',
    },
    {
      field: 'outcome',
      header: '处理结果',
      type: 'text',
      required: false,
      max: 2000,
      aliases: ['结果'],
      example: '告知申请劳动仲裁',
    },
    {
      field: 'amountInvolved',
      header: '涉及金额(元)',
      type: 'money',
      required: false,
      aliases: ['涉及金额', '涉案金额'],
      example: '',
      note: '仅矛盾纠纷调处填写,最多两位小数',
    },
    {
      field: 'resolved',
      header: '是否调处成功',
      type: 'yesno',
      required: false,
      choices: YES_NO,
      aliases: ['调处成功'],
      example: '',
      note: '仅矛盾纠纷调处填写',
    },
    {
      field: 'contractAmount',
      header: '合同标的额(元)',
      type: 'money',
      required: false,
      aliases: ['标的额', '合同金额'],
      example: '',
      note: '仅审核村级经济合同填写',
    },
  ],
  workshops: [
    {
      field: 'heldAt',
      header: '举办日期',
      type: 'datetime',
      required: true,
      aliases: ['日期', '时间'],
      example: '2025-03-15 14:00',
      note: DATE_NOTE,
    },
    {
      field: 'servicePoint',
      header: '服务点',
      type: 'point',
      required: true,
      aliases: ['地点', '举办地点', '服务地点'],
      example: '',
      note: POINT_NOTE,
    },
    {
      field: 'topic',
      header: '主题',
      type: 'text',
      required: true,
      max: 200,
      aliases: ['讲座主题', '活动主题'],
      example: '民法典进农村',
    },
    {
      field: 'kind',
      header: '形式',
      type: 'choice',
      required: true,
      choices: choices(WORKSHOP_KINDS, WORKSHOP_KIND_LABELS),
      aliases: ['活动形式', '类型'],
      example: '法治讲座',
    },
    {
      field: 'audienceCount',
      header: '听众人数',
      type: 'count',
      required: true,
      aliases: ['参加人数', '人数'],
      example: 60,
    },
    {
      field: 'lecturer',
      header: '主讲人',
      type: 'lawyer',
      required: false,
      aliases: ['主讲律师', '讲师'],
      example: '',
    },
  ],
  legal_aid_cases: [
    {
      field: 'applicantName',
      header: '申请人',
      type: 'text',
      required: true,
      max: 50,
      aliases: ['申请人姓名', '受援人'],
      example: '王建国',
    },
    {
      field: 'phone',
      header: '联系电话',
      type: 'text',
      required: true,
      max: 20,
      aliases: ['电话', '手机号'],
      example: '13812345678',
    },
    {
      field: 'idNumber',
      header: '身份证号',
      type: 'text',
      required: true,
      max: 18,
      aliases: ['身份证号码'],
      example: '330282199001011231',
    },
    {
      field: 'servicePoint',
      header: '受理服务点',
      type: 'point',
      required: true,
      aliases: ['服务点', '受理地点'],
      example: '',
      note: POINT_NOTE,
    },
    {
      field: 'category',
      header: '案件类别',
      type: 'choice',
      required: true,
      choices: choices(CASE_CATEGORIES, CASE_CATEGORY_LABELS),
      aliases: ['类别'],
      example: '劳动报酬',
    },
    {
      field: 'summary',
      header: '案情摘要',
      type: 'text',
      required: true,
      max: 2000,
      aliases: ['案情', '摘要'],
      example: '讨要拖欠工资',
    },
    {
      field: 'receivedAt',
      header: '申请日期',
      type: 'datetime',
      required: true,
      aliases: ['受理日期', '收案日期'],
      example: '2025-04-01',
      note: DATE_NOTE,
    },
    {
      field: 'decidedAt',
      header: '审查决定日期',
      type: 'datetime',
      required: false,
      aliases: ['决定日期'],
      example: '2025-04-03',
    },
    {
      field: 'accepted',
      header: '是否给予援助',
      type: 'yesno',
      required: false,
      choices: YES_NO,
      aliases: ['是否受理', '审查结果'],
      example: '是',
      note: '有决定日期时必填',
    },
    {
      field: 'decisionReason',
      header: '决定理由',
      type: 'text',
      required: false,
      max: 500,
      aliases: [],
      example: '符合经济困难标准',
    },
    {
      field: 'assignedAt',
      header: '指派日期',
      type: 'datetime',
      required: false,
      aliases: [],
      example: '2025-04-05',
    },
    {
      field: 'lawyer',
      header: '承办律师',
      type: 'lawyer',
      required: false,
      aliases: ['律师', '承办人'],
      example: '',
    },
    {
      field: 'closedAt',
      header: '结案日期',
      type: 'datetime',
      required: false,
      aliases: [],
      example: '2025-06-20',
    },
    {
      field: 'outcome',
      header: '办理结果',
      type: 'text',
      required: false,
      max: 1000,
      aliases: ['结案情况'],
      example: '调解结案,追回工资',
    },
    {
      field: 'amountRecovered',
      header: '挽回金额(元)',
      type: 'money',
      required: false,
      aliases: ['挽回经济损失', '挽回金额'],
      example: 12000,
    },
  ],
};
