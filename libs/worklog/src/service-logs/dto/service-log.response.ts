import { ApiProperty } from '@nestjs/swagger';
import { fenToYuan } from '@app/core';
import { TOPICS } from '@app/core';
import { SERVICE_LOG_TYPES } from '../../vocabulary';
import { editableUntil } from '../../rules/entry-time';
import type { ServiceLog } from '../service-log.entity';

export class ServiceLogResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: SERVICE_LOG_TYPES }) type!: string;
  @ApiProperty({ enum: TOPICS }) topic!: string;
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty({ description: 'The service point’s region code' }) regionCode!: string;
  @ApiProperty({ format: 'uuid' }) lawyerId!: string;
  @ApiProperty() lawyerName!: string;
  @ApiProperty({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'The lawyer’s shift at the point that day, if any',
  })
  shiftId!: string | null;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) appointmentId!: string | null;
  @ApiProperty({ format: 'date-time', description: 'ISO instant' }) occurredAt!: string;
  @ApiProperty() peopleCount!: number;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: String, nullable: true }) outcome!: string | null;
  @ApiProperty() followUp!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '138****5678',
    description: 'The resident’s phone as recorded, masked; null when not given',
  })
  residentPhoneMasked!: string | null;
  @ApiProperty({
    format: 'date-time',
    type: String,
    nullable: true,
    description: '回访: when a phone follow-up reached the resident (POST /service-logs/{id}/follow-up)',
  })
  followedUpAt!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Yuan' }) amountInvolved!: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) resolved!: boolean | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Yuan' }) contractAmount!: number | null;
  @ApiProperty({ description: 'Who wrote the entry (the lawyer, or an official on their behalf)' })
  recordedBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({
    description:
      'End of the lawyer’s edit window (exclusive): the start of the day after the WORKLOG_EDIT_DAYS-th business day (Asia/Shanghai) after the service date (occurredAt), whoever wrote the entry and whenever. Until then its lawyer edits or voids it; then officials correct it, with a reason.',
  })
  editableUntil!: string;
  @ApiProperty({
    description: 'The edit window has closed (now ≥ editableUntil): only an official changes it',
  })
  locked!: boolean;
  @ApiProperty({
    format: 'date-time',
    type: String,
    nullable: true,
    description: 'Voided entries count nowhere',
  })
  voidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) voidReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) voidedBy!: string | null;
  @ApiProperty({ enum: ['entry', 'import'], description: 'import: brought in from a ledger (importId)' })
  source!: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true, description: 'The import it came from' })
  importId!: string | null;
}

export class ServiceLogPage {
  @ApiProperty({ type: [ServiceLogResponse] }) items!: ServiceLogResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export function toServiceLogResponse(
  l: ServiceLog,
  names: Map<string, string>,
  now: Date,
  editDays: number,
): ServiceLogResponse {
  const until = editableUntil(l.occurredAt, editDays);
  return {
    id: l.id,
    type: l.type,
    topic: l.topic,
    servicePointId: l.servicePointId,
    regionCode: l.regionCode,
    lawyerId: l.lawyerId,
    lawyerName: names.get(l.lawyerId) ?? '',
    shiftId: l.shiftId,
    appointmentId: l.appointmentId,
    occurredAt: l.occurredAt.toISOString(),
    peopleCount: l.peopleCount,
    summary: l.summary,
    outcome: l.outcome,
    followUp: l.followUp,
    residentPhoneMasked: l.residentPhoneMasked,
    followedUpAt: l.followedUpAt?.toISOString() ?? null,
    amountInvolved: l.amountInvolvedFen === null ? null : fenToYuan(l.amountInvolvedFen),
    resolved: l.resolved,
    contractAmount: l.contractAmountFen === null ? null : fenToYuan(l.contractAmountFen),
    recordedBy: l.recordedBy,
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
    editableUntil: until.toISOString(),
    locked: now >= until,
    voidedAt: l.voidedAt?.toISOString() ?? null,
    voidReason: l.voidReason,
    voidedBy: l.voidedBy,
    source: l.source,
    importId: l.importId,
  };
}

export class FollowUpResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) serviceLogId!: string;
  @ApiProperty({ description: 'The consultation’s service point’s region code' }) regionCode!: string;
  @ApiProperty() reached!: boolean;
  @ApiProperty({ type: Boolean, nullable: true }) satisfied!: boolean | null;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ format: 'date-time' }) calledAt!: string;
  @ApiProperty({ format: 'uuid', description: 'Who recorded the call' }) recordedBy!: string;
}
