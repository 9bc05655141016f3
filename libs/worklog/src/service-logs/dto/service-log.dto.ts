import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsCalendarDate, IsOmittable, IsYuan, MOBILE_PATTERN, PageQuery } from '@app/core';
import { TOPICS, type Topic } from '@app/core';
import { SERVICE_LOG_TYPES, type ServiceLogType } from '../../vocabulary';

const NOT_BLANK = /\S/;

export class CreateServiceLogDto {
  @ApiProperty({
    enum: SERVICE_LOG_TYPES,
    description:
      'consultation 法律咨询 (counted in 人次 = peopleCount), document_drafting 代拟法律文书 (份), legal_aid 协助申请法律援助 (件), mediation 参与矛盾纠纷调处 (起), village_affairs 协助村级处置法律事务 (件), contract_review 审核村级经济合同 (份), grid_guidance 指导网格员 (起)',
  })
  @IsIn(SERVICE_LOG_TYPES)
  type!: ServiceLogType;

  @ApiProperty({ enum: TOPICS })
  @IsIn(TOPICS)
  topic!: Topic;

  @ApiProperty({
    format: 'uuid',
    description:
      'Where the service was given; the log takes the point’s region code. A lawyer records only where they had a shift that day or advise the village.',
  })
  @IsUUID()
  servicePointId!: string;

  @ApiProperty({
    example: '2026-11-23T10:30:00+08:00',
    description:
      'When the service took place (ISO instant with offset); not in the future. The edit window counts from its business day: a lawyer records and edits the entry until the end of the WORKLOG_EDIT_DAYS-th day after it (Asia/Shanghai); officials backfill and correct older ones.',
  })
  @Type(() => Date)
  @IsDate()
  occurredAt!: Date;

  @ApiProperty({ minimum: 1, maximum: 9999, example: 1, description: 'People served (人次)' })
  @IsInt()
  @Min(1)
  @Max(9999)
  peopleCount!: number;

  @ApiProperty({ maxLength: 2000, description: 'Stored as plain text, never rendered as HTML' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'summary must not be blank' })
  @MaxLength(2000)
  summary!: string;

  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  outcome?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '13812345678',
    description:
      'The resident’s mobile number, where given: stored encrypted, shown masked (138****5678); it counts the resident once per period in uniqueResidents (compared by a keyed blind index, with the phones of residents who booked). null clears it.',
  })
  @IsOptional()
  @Matches(MOBILE_PATTERN, { message: 'residentPhone must be a mainland mobile number of 11 digits' })
  residentPhone?: string | null;

  @ApiPropertyOptional({ default: false, description: 'Needs a follow-up (回访)' })
  @IsOmittable()
  @IsBoolean()
  followUp?: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The completed appointment this service answered (from the serviceLogDraft of POST /appointments/:id/complete); one appointment gives at most one log (409)',
  })
  @IsOptional()
  @IsUUID()
  appointmentId?: string;

  @ApiPropertyOptional({
    type: Number,
    example: 52000.5,
    nullable: true,
    description: 'Mediation only: amount involved (涉及金额), yuan with at most 2 decimals',
  })
  @IsOptional()
  @IsYuan()
  amountInvolved?: number | null;

  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description: 'Mediation only: whether the dispute was resolved',
  })
  @IsOptional()
  @IsBoolean()
  resolved?: boolean | null;

  @ApiPropertyOptional({
    type: Number,
    example: 180000,
    nullable: true,
    description: 'Contract review only: the contract amount (标的额), yuan with at most 2 decimals',
  })
  @IsOptional()
  @IsYuan()
  contractAmount?: number | null;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The lawyer who gave the service: required when an official records on a lawyer’s behalf; a lawyer may only name themselves',
  })
  @IsOptional()
  @IsUUID()
  lawyerId?: string;
}

export class UpdateServiceLogDto extends PartialType(
  OmitType(CreateServiceLogDto, ['appointmentId'] as const),
  {
    skipNullProperties: false,
  },
) {
  @ApiPropertyOptional({
    maxLength: 500,
    description: 'Why: required when an official corrects an entry (audited with the before/after diff)',
  })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  reason?: string;
}

export class VoidDto {
  @ApiProperty({ maxLength: 500, example: '重复登记' })
  @IsString()
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  @MinLength(2)
  @MaxLength(500)
  reason!: string;
}

export class ListServiceLogsQuery extends PageQuery {
  @ApiPropertyOptional({ example: '330282113', description: 'Region prefix (a township, a village)' })
  @IsOptional()
  @Matches(/^\d{2,12}$/, { message: 'regionCode must be 2 to 12 digits' })
  regionCode?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  lawyerId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  servicePointId?: string;

  @ApiPropertyOptional({ enum: SERVICE_LOG_TYPES })
  @IsOptional()
  @IsIn(SERVICE_LOG_TYPES)
  type?: ServiceLogType;

  @ApiPropertyOptional({ enum: TOPICS })
  @IsOptional()
  @IsIn(TOPICS)
  topic?: Topic;

  @ApiPropertyOptional({ example: '2026-11-01', description: 'First business day (Asia/Shanghai), included' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'Last business day, included' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false', description: 'Also list voided entries' })
  @IsOptional()
  @IsIn(['true', 'false'])
  includeVoided?: string;
}

export class FollowUpDto {
  @ApiProperty({ description: 'Whether the call reached the resident' })
  @IsBoolean()
  reached!: boolean;

  @ApiPropertyOptional({ description: 'Whether the resident was satisfied (only when reached)' })
  @IsOptional()
  @IsBoolean()
  satisfied?: boolean;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  comment?: string;
}
