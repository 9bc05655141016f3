import { businessDate, businessTimeOfDay, TOPIC_LABELS, type Topic } from '@app/core';
import {
  CASE_CATEGORY_LABELS,
  CASE_STATUS_LABELS,
  type CaseCategory,
  type CaseStatus,
  type RegisterCase,
} from '@app/legal-aid';
import {
  SERVICE_LOG_TYPE_LABELS,
  type ServiceLogResponse,
  type ServiceLogType,
  WORKSHOP_KIND_LABELS,
  type WorkshopKind,
  type WorkshopResponse,
} from '@app/worklog';
import { type RegisterColumn, YUAN } from './register-workbook';

/** The names a register shows for ids: service points and lawyers. */
export interface RegisterNames {
  points: Map<string, string>;
}

const day = (iso: string | null) => (iso ? businessDate(new Date(iso)) : '');
const time = (iso: string) => businessTimeOfDay(new Date(iso));
const yesNo = (v: boolean | null) => (v === null ? '' : v ? '是' : '否');
const SOURCE_LABELS = { entry: '录入', import: '导入' } as Record<string, string>;
const seq = { header: '序号', width: 6, value: (_: unknown, i: number) => i + 1 };

/** 工作日志: every service of the period, in the order given. */
export const serviceLogColumns = (n: RegisterNames): RegisterColumn<ServiceLogResponse>[] => [
  seq,
  { header: '日期', width: 11, value: (r) => day(r.occurredAt) },
  { header: '时间', width: 7, value: (r) => time(r.occurredAt) },
  { header: '服务点', width: 22, value: (r) => n.points.get(r.servicePointId) ?? '' },
  { header: '律师', width: 10, value: (r) => r.lawyerName },
  {
    header: '服务类型',
    width: 14,
    value: (r) => SERVICE_LOG_TYPE_LABELS[r.type as ServiceLogType] ?? r.type,
  },
  { header: '事项类别', width: 10, value: (r) => TOPIC_LABELS[r.topic as Topic] ?? r.topic },
  { header: '人数', width: 6, value: (r) => r.peopleCount },
  { header: '服务内容', width: 36, value: (r) => r.summary },
  { header: '处理结果', width: 24, value: (r) => r.outcome },
  { header: '涉及金额(元)', width: 13, value: (r) => r.amountInvolved, numFmt: YUAN },
  { header: '调处成功', width: 9, value: (r) => yesNo(r.resolved) },
  { header: '合同标的额(元)', width: 14, value: (r) => r.contractAmount, numFmt: YUAN },
  { header: '回访', width: 11, value: (r) => day(r.followedUpAt) },
  { header: '来源', width: 6, value: (r) => SOURCE_LABELS[r.source] ?? r.source },
];

/** 合同审核台账: the village economic contracts reviewed (contract_review logs). */
export const contractReviewColumns = (n: RegisterNames): RegisterColumn<ServiceLogResponse>[] => [
  seq,
  { header: '审核日期', width: 11, value: (r) => day(r.occurredAt) },
  { header: '服务点', width: 24, value: (r) => n.points.get(r.servicePointId) ?? '' },
  { header: '审核律师', width: 10, value: (r) => r.lawyerName },
  { header: '事项类别', width: 10, value: (r) => TOPIC_LABELS[r.topic as Topic] ?? r.topic },
  { header: '合同名称及内容', width: 40, value: (r) => r.summary },
  { header: '合同标的额(元)', width: 15, value: (r) => r.contractAmount, numFmt: YUAN },
  { header: '审核意见', width: 30, value: (r) => r.outcome },
  { header: '来源', width: 6, value: (r) => SOURCE_LABELS[r.source] ?? r.source },
];

/** 法治讲座台账: lectures, publicity events and trainings. */
export const workshopColumns = (n: RegisterNames): RegisterColumn<WorkshopResponse>[] => [
  seq,
  { header: '日期', width: 11, value: (r) => day(r.heldAt) },
  { header: '时间', width: 7, value: (r) => time(r.heldAt) },
  { header: '地点', width: 24, value: (r) => n.points.get(r.servicePointId) ?? '' },
  { header: '主题', width: 36, value: (r) => r.topic },
  { header: '形式', width: 10, value: (r) => WORKSHOP_KIND_LABELS[r.kind as WorkshopKind] ?? r.kind },
  { header: '主讲人', width: 10, value: (r) => r.lecturerName },
  { header: '听众人数', width: 9, value: (r) => r.audienceCount },
  { header: '来源', width: 6, value: (r) => SOURCE_LABELS[r.source] ?? r.source },
];

/** 法律援助案件台账: each case with its steps; the applicant masked unless revealed. */
export const legalAidColumns = (n: RegisterNames): RegisterColumn<RegisterCase>[] => [
  seq,
  { header: '案号', width: 24, value: (r) => r.caseNo },
  { header: '申请日期', width: 11, value: (r) => day(r.receivedAt) },
  { header: '申请人', width: 10, value: (r) => r.applicant.name },
  { header: '联系电话', width: 14, value: (r) => r.applicant.phone ?? r.applicant.phoneMasked },
  { header: '身份证号码', width: 21, value: (r) => r.applicant.idNumber ?? r.applicant.idNumberMasked },
  {
    header: '案件类别',
    width: 10,
    value: (r) => CASE_CATEGORY_LABELS[r.category as CaseCategory] ?? r.category,
  },
  { header: '案情摘要', width: 32, value: (r) => r.summary },
  { header: '受理点', width: 22, value: (r) => n.points.get(r.servicePointId) ?? '' },
  { header: '状态', width: 9, value: (r) => CASE_STATUS_LABELS[r.status as CaseStatus] ?? r.status },
  { header: '决定日期', width: 11, value: (r) => day(r.decidedAt) },
  { header: '给予援助', width: 9, value: (r) => yesNo(r.accepted) },
  { header: '承办律师', width: 10, value: (r) => r.assignedLawyer?.name ?? '' },
  { header: '指派日期', width: 11, value: (r) => day(r.firstAssignedAt) },
  { header: '结案日期', width: 11, value: (r) => day(r.closedAt ?? r.endedAt) },
  { header: '办理结果', width: 24, value: (r) => r.outcome ?? r.endReason },
  { header: '挽回金额(元)', width: 13, value: (r) => r.amountRecovered, numFmt: YUAN },
];
