import {
  addDays,
  businessDate,
  businessInstant,
  isValidDate,
  MAX_YUAN,
  MOBILE_PATTERN,
  type Topic,
  yuanToFen,
} from '@app/core';
import { type CaseCategory, idNumberProblem, normaliseIdNumber } from '@app/legal-aid';
import type { ServiceLogType, WorkshopKind } from '@app/worklog';
import { COLUMNS, type ColumnDef, type ImportKind } from '../import-kinds';

/** The first day an import may bring in. */
export const EARLIEST_DATE = '2010-01-01';

/** One row as read: its row number (the sheet's, or the position in the JSON list) and its cells by field. */
export interface RawRow {
  row: number;
  values: Record<string, unknown>;
}

/** A problem of one row: which row, which field (and its Chinese column header), and what is wrong, in Chinese. */
export interface RowProblem {
  row: number;
  field: string;
  column: string;
  message: string;
}

/** A service point of the caller's jurisdiction. */
export interface PointRef {
  id: string;
  regionCode: string;
}

/** A lawyer as an import names them: a staff id, or a name not on the staff (kept as a name). */
export type LawyerRef = ({ lawyerId: string } | { lawyerName: string }) & {
  /** As the row named them (a name or an id): what the row's fingerprint keeps. */
  as: string;
};

/** What the checks need to know of the database, read before they run. */
export interface CheckContext {
  now: Date;
  /** Active service points of the jurisdiction, by id and by name. */
  points: Map<string, PointRef>;
  /** Active service points elsewhere, by id and by name (to say "another jurisdiction" rather than "unknown"). */
  foreignPoints: Set<string>;
  /** Lawyers of the county by name (a name may belong to several); and their ids. */
  lawyersByName: Map<string, string[]>;
  lawyerIds: Set<string>;
}

export interface CheckedServiceLog {
  type: ServiceLogType;
  topic: Topic;
  point: PointRef;
  lawyer: LawyerRef;
  occurredAt: Date;
  peopleCount: number;
  summary: string;
  outcome: string | null;
  amountInvolvedFen: number | null;
  resolved: boolean | null;
  contractAmountFen: number | null;
}

export interface CheckedWorkshop {
  point: PointRef;
  heldAt: Date;
  topic: string;
  kind: WorkshopKind;
  audienceCount: number;
  lecturer: LawyerRef | null;
}

export interface CheckedLegalAidCase {
  point: PointRef;
  applicantName: string;
  phone: string;
  idNumber: string;
  category: CaseCategory;
  summary: string;
  receivedAt: Date;
  decidedAt: Date | null;
  accepted: boolean | null;
  decisionReason: string | null;
  assignedAt: Date | null;
  lawyer: LawyerRef | null;
  closedAt: Date | null;
  outcome: string | null;
  amountRecoveredFen: number | null;
}

export type CheckedRecord = CheckedServiceLog | CheckedWorkshop | CheckedLegalAidCase;

export interface CheckedRow<R extends CheckedRecord = CheckedRecord> {
  row: number;
  record: R;
  /** The business day it counts on (the service, the workshop, the application). */
  day: string;
}

export interface CheckResult {
  rows: CheckedRow[];
  problems: RowProblem[];
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** A cell as text: exceljs' rich text, hyperlinks and formula results included. */
export function cellText(v: unknown): string {
  if (blank(v)) return '';
  if (typeof v === 'object' && v !== null && !(v instanceof Date)) {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (o.richText)
      return o.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if (o.result !== undefined) return cellText(o.result);
    if (o.text !== undefined) return cellText(o.text);
  }
  return String(v).trim();
}

function cellValue(v: unknown): unknown {
  if (typeof v === 'object' && v !== null && !(v instanceof Date)) {
    const o = v as { result?: unknown };
    if (o.result !== undefined) return o.result;
    return cellText(v);
  }
  return typeof v === 'string' ? v.trim() : v;
}

const pad = (n: number) => String(n).padStart(2, '0');
// Excel's day 0 is 1899-12-30 (with its 1900 leap-year bug already folded in).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A date (and time) as an official's sheet or a JSON row gives it, read in Asia/Shanghai: an xlsx date
 * cell (its wall-clock time, which exceljs hands over as UTC), an Excel serial number, `2025-03-04`,
 * `2025/3/4 09:30`, `2025年3月4日`, or an ISO instant with its offset. Null when it is none of them.
 */
export function parseWhen(v: unknown): { date: string; time: string | null; instant?: Date } | null {
  const value = cellValue(v);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const time = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
    return { date, time: time === '00:00' ? null : time };
  }
  if (typeof value === 'number' && value > 3000 && value < 100000) {
    return parseWhen(new Date(EXCEL_EPOCH_MS + Math.round(value * 86_400_000)));
  }
  if (typeof value !== 'string') return null;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const instant = new Date(value);
    if (Number.isNaN(instant.getTime())) return null;
    return { date: businessDate(instant), time: null, instant };
  }
  const m =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*[T ]\s*(\d{1,2})[:：](\d{2})(?::\d{2})?)?$/.exec(
      value,
    );
  if (!m) return null;
  const date = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  if (!isValidDate(date)) return null;
  if (m[4] === undefined) return { date, time: null };
  const [h, min] = [Number(m[4]), Number(m[5])];
  if (h > 23 || min > 59) return null;
  return { date, time: `${pad(h)}:${pad(min)}` };
}

/** A date-only entry happened at 09:00 of its day (never later than now). */
const DEFAULT_TIME = '09:00';

/** Checks and normalises rows of one kind; every problem of every row is reported, nothing stops at the first. */
export function checkRows(kind: ImportKind, raw: RawRow[], ctx: CheckContext): CheckResult {
  const columns = new Map(COLUMNS[kind].map((c) => [c.field, c]));
  const problems: RowProblem[] = [];
  const rows: CheckedRow[] = [];
  const today = businessDate(ctx.now);
  for (const { row, values } of raw) {
    const before = problems.length;
    const problem = (field: string, message: string) =>
      problems.push({ row, field, column: columns.get(field)?.header ?? field, message });
    const col = (field: string) => columns.get(field)!;

    const text = (field: string): string | null => {
      const c = col(field);
      const s = cellText(values[field]);
      if (!s) {
        if (c.required) problem(field, `${c.header}不能为空`);
        return null;
      }
      if (c.max && [...s].length > c.max) {
        problem(field, `${c.header}不能超过${c.max}个字`);
        return null;
      }
      return s;
    };
    const when = (field: string): Date | null => {
      const c = col(field);
      if (blank(values[field])) {
        if (c.required) problem(field, `${c.header}不能为空`);
        return null;
      }
      const w = parseWhen(values[field]);
      if (!w) {
        problem(field, `${c.header}不是有效的日期(如 2025-03-04 或 2025-03-04 09:30)`);
        return null;
      }
      if (w.date < EARLIEST_DATE) {
        problem(field, `${c.header}不能早于${EARLIEST_DATE}`);
        return null;
      }
      const at = w.instant ?? businessInstant(w.date, w.time ?? DEFAULT_TIME);
      if (w.date > today || (w.time !== null && at > ctx.now)) {
        problem(field, `${c.header}不能晚于今天(${today})`);
        return null;
      }
      return at > ctx.now ? ctx.now : at;
    };
    const count = (field: string, min: number, maxValue: number, fallback?: number): number | null => {
      const c = col(field);
      const v = cellValue(values[field]);
      if (blank(v)) {
        if (fallback !== undefined) return fallback;
        if (c.required) problem(field, `${c.header}不能为空`);
        return null;
      }
      const n = typeof v === 'number' ? v : Number(String(v));
      if (!Number.isFinite(n) || !Number.isInteger(n)) problem(field, `${c.header}须为整数`);
      else if (n < 0) problem(field, `${c.header}不能为负数`);
      else if (n < min) problem(field, `${c.header}至少为${min}`);
      else if (n > maxValue) problem(field, `${c.header}不能超过${maxValue}`);
      else return n;
      return null;
    };
    const money = (field: string): number | null => {
      const c = col(field);
      const v = cellValue(values[field]);
      if (blank(v)) return null;
      const n = typeof v === 'number' ? v : Number(String(v).replace(/,/g, ''));
      if (!Number.isFinite(n)) problem(field, `${c.header}须为金额(元)`);
      else if (n < 0) problem(field, `${c.header}不能为负数`);
      else if (Math.abs(n * 100 - Math.round(n * 100)) > 1e-6) problem(field, `${c.header}最多两位小数`);
      else if (n > MAX_YUAN) problem(field, `${c.header}过大`);
      else return yuanToFen(n);
      return null;
    };
    const choice = <T extends string>(field: string): T | null => {
      const c = col(field);
      const s = cellText(values[field]);
      if (!s) {
        if (c.required) problem(field, `${c.header}不能为空`);
        return null;
      }
      const found = c.choices!.find((o) => o.value === s || o.label === s);
      if (!found) {
        problem(field, `${c.header}“${s}”不在可选值中(${c.choices!.map((o) => o.label).join('、')})`);
        return null;
      }
      return found.value as T;
    };
    const yesno = (field: string): boolean | null => {
      const s = cellText(values[field]);
      if (!s) return null;
      if (['是', 'true', 'TRUE', '1', 'Y', 'y', '成功'].includes(s) || values[field] === true) return true;
      if (['否', 'false', 'FALSE', '0', 'N', 'n', '未成功'].includes(s) || values[field] === false)
        return false;
      problem(field, `${col(field).header}请填写“是”或“否”`);
      return null;
    };
    const point = (field: string): PointRef | null => {
      const s = text(field);
      if (!s) return null;
      const found = ctx.points.get(s);
      if (found) return found;
      problem(field, ctx.foreignPoints.has(s) ? `服务点“${s}”不在您的辖区内` : `服务点“${s}”不存在或已停用`);
      return null;
    };
    const lawyer = (field: string): LawyerRef | null => {
      const s = text(field);
      if (!s) return null;
      if (ctx.lawyerIds.has(s)) return { lawyerId: s, as: s };
      const ids = ctx.lawyersByName.get(s) ?? [];
      if (ids.length === 1) return { lawyerId: ids[0], as: s };
      if (ids.length > 1) {
        problem(field, `律师“${s}”有重名,请改填其人员ID`);
        return null;
      }
      if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(s)) {
        problem(field, `人员ID“${s}”不是本县的律师`);
        return null;
      }
      return { lawyerName: s, as: s };
    };
    const notFor = (field: string, owner: string) => {
      if (!blank(values[field])) problem(field, `${col(field).header}仅${owner}填写`);
    };

    let record: CheckedRecord | null = null;
    let at: Date | null;
    if (kind === 'service_logs') {
      const occurredAt = when('occurredAt');
      const p = point('servicePoint');
      const l = lawyer('lawyer');
      const type = choice<ServiceLogType>('type');
      const topic = choice<Topic>('topic');
      const peopleCount = count('peopleCount', 1, 9999, 1);
      const summary = text('summary');
      const outcome = text('outcome');
      const amountInvolvedFen = money('amountInvolved');
      const resolved = yesno('resolved');
      const contractAmountFen = money('contractAmount');
      if (type && type !== 'mediation') {
        notFor('amountInvolved', '矛盾纠纷调处');
        notFor('resolved', '矛盾纠纷调处');
      }
      if (type && type !== 'contract_review') notFor('contractAmount', '审核村级经济合同');
      at = occurredAt;
      if (occurredAt && p && l && type && topic && peopleCount !== null && summary)
        record = {
          type,
          topic,
          point: p,
          lawyer: l,
          occurredAt,
          peopleCount,
          summary,
          outcome,
          amountInvolvedFen: type === 'mediation' ? amountInvolvedFen : null,
          resolved: type === 'mediation' ? resolved : null,
          contractAmountFen: type === 'contract_review' ? contractAmountFen : null,
        } satisfies CheckedServiceLog;
    } else if (kind === 'workshops') {
      const heldAt = when('heldAt');
      const p = point('servicePoint');
      const topic = text('topic');
      const k = choice<WorkshopKind>('kind');
      const audienceCount = count('audienceCount', 0, 100000);
      const lecturer = lawyer('lecturer');
      at = heldAt;
      if (heldAt && p && topic && k && audienceCount !== null)
        record = { point: p, heldAt, topic, kind: k, audienceCount, lecturer } satisfies CheckedWorkshop;
    } else {
      const applicantName = text('applicantName');
      const phone = text('phone');
      if (phone && !MOBILE_PATTERN.test(phone)) problem('phone', '联系电话须为11位手机号码');
      const idRaw = text('idNumber');
      const idNumber = idRaw ? normaliseIdNumber(idRaw) : null;
      if (idNumber && idNumberProblem(idNumber)) problem('idNumber', '身份证号码无效(18位,校验位须正确)');
      const p = point('servicePoint');
      const category = choice<CaseCategory>('category');
      const summary = text('summary');
      const receivedAt = when('receivedAt');
      const decidedAt = when('decidedAt');
      const accepted = yesno('accepted');
      const decisionReason = text('decisionReason');
      const assignedAt = when('assignedAt');
      const l = lawyer('lawyer');
      const closedAt = when('closedAt');
      const outcome = text('outcome');
      const amountRecoveredFen = money('amountRecovered');
      const order = (field: string, value: Date | null, after: Date | null, afterField: string) => {
        if (value && after && value < after)
          problem(field, `${col(field).header}不能早于${col(afterField).header}`);
      };
      order('decidedAt', decidedAt, receivedAt, 'receivedAt');
      order('assignedAt', assignedAt, decidedAt, 'decidedAt');
      order('closedAt', closedAt, assignedAt, 'assignedAt');
      if (decidedAt && accepted === null && blank(values.accepted))
        problem('accepted', '有审查决定日期时须填写是否给予援助');
      if (!blank(values.accepted) && blank(values.decidedAt))
        problem('decidedAt', '填写了是否给予援助时须填写审查决定日期');
      if (!blank(values.assignedAt) && accepted === false)
        problem('assignedAt', '未给予援助的案件不能指派律师');
      if (!blank(values.assignedAt) && blank(values.decidedAt))
        problem('assignedAt', '指派前须有审查决定日期');
      if (!blank(values.assignedAt) && blank(values.lawyer)) problem('lawyer', '有指派日期时须填写承办律师');
      if (!blank(values.lawyer) && blank(values.assignedAt))
        problem('assignedAt', '填写了承办律师时须填写指派日期');
      if (!blank(values.closedAt) && blank(values.assignedAt)) problem('closedAt', '结案前须有指派日期');
      if (!blank(values.closedAt) && blank(values.outcome)) problem('outcome', '有结案日期时须填写办理结果');
      if (!blank(values.outcome) && blank(values.closedAt))
        problem('closedAt', '填写了办理结果时须填写结案日期');
      if (!blank(values.amountRecovered) && blank(values.closedAt))
        problem('closedAt', '填写了挽回金额时须填写结案日期');
      at = receivedAt;
      if (applicantName && phone && idNumber && p && category && summary && receivedAt)
        record = {
          point: p,
          applicantName,
          phone,
          idNumber,
          category,
          summary,
          receivedAt,
          decidedAt,
          accepted: decidedAt ? accepted : null,
          decisionReason,
          assignedAt,
          lawyer: l,
          closedAt,
          outcome,
          amountRecoveredFen,
        } satisfies CheckedLegalAidCase;
    }
    if (problems.length === before && record && at) rows.push({ row, record, day: businessDate(at) });
  }
  return { rows, problems };
}

/** The columns a kind may carry, by every header and alias (and by field name, for JSON rows). */
export function headerIndex(kind: ImportKind): Map<string, ColumnDef> {
  const out = new Map<string, ColumnDef>();
  for (const c of COLUMNS[kind])
    for (const h of [c.field, c.header, ...(c.aliases ?? [])]) out.set(normaliseHeader(h), c);
  return out;
}

/** Headers compared without spaces, full-width brackets or a trailing asterisk (required marks). */
export function normaliseHeader(h: string): string {
  return h
    .replace(/[\s*＊]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .toLowerCase();
}

/** The last day of an import (for its listing): the latest day among its rows. */
export function dayRange(rows: CheckedRow[]): { first: string; last: string } {
  const days = rows.map((r) => r.day).sort();
  return { first: days[0] ?? addDays(EARLIEST_DATE, 0), last: days[days.length - 1] ?? EARLIEST_DATE };
}
