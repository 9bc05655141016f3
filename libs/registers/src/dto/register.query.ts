import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsCalendarDate, IsCalendarMonth, PLACE_CODE_PATTERN } from '@app/core';

/** The registers (台账) an official prints or hands up. */
export const REGISTER_KINDS = ['service_logs', 'legal_aid_cases', 'workshops', 'contract_reviews'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

/** `/registers/:kind` takes the registers and the month's duty roster (值班表). */
export const REGISTER_PATHS = [...REGISTER_KINDS, 'duty_roster'] as const;

const PERIOD_RULE =
  'Exactly one of `month`, `year`, or `from` and `to` (dates, both included, Asia/Shanghai; at most 366 days).';

export class RegisterQuery {
  @ApiPropertyOptional({
    example: '330282113',
    description:
      'The region (2 to 12 digits) the register covers, within your jurisdiction (403 outside); default your own region',
  })
  @IsOptional()
  @Matches(/^\d{2,12}$/, { message: 'regionCode must be 2 to 12 digits' })
  regionCode?: string;

  @ApiPropertyOptional({ example: '2026-11', description: `A month (YYYY-MM). ${PERIOD_RULE}` })
  @IsOptional()
  @IsCalendarMonth()
  month?: string;

  @ApiPropertyOptional({ example: 2026, description: `A calendar year. ${PERIOD_RULE}` })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ example: '2026-11-01', description: `First day. ${PERIOD_RULE}` })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: `Last day (included). ${PERIOD_RULE}` })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ enum: ['xlsx'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx'])
  format?: 'xlsx';

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description:
      'true: the applicants’ phone and ID numbers of the legal-aid register in full, for the cases you may reveal (officials; a lawyer the cases assigned to them), masked for the others. Recorded in the audit trail with the export.',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  reveal?: 'true' | 'false';
}

export class DutyRosterQuery {
  @ApiProperty({ example: '330282113', description: 'A township (9 digits) of your jurisdiction' })
  @Matches(PLACE_CODE_PATTERN, { message: 'regionCode must be a region code of 6, 9 or 12 digits' })
  regionCode!: string;

  @ApiProperty({ example: '2026-11' })
  @IsCalendarMonth()
  month!: string;

  @ApiPropertyOptional({ enum: ['json', 'xlsx'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'xlsx'])
  format?: 'json' | 'xlsx';
}

export class DutyEntryResponse {
  @ApiProperty() lawyerName!: string;
  @ApiProperty({ example: '09:00' }) from!: string;
  @ApiProperty({ example: '17:00' }) to!: string;
  @ApiProperty({ enum: ['window', 'village_visit', 'on_call'] }) kind!: string;
}

class DutyColumnResponse {
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['county_center', 'township_center', 'village_point'] }) kind!: string;
}

class DutyRowResponse {
  @ApiProperty({ example: '2026-11-02' }) date!: string;
  @ApiProperty({ example: '一', description: '一 … 日' }) weekday!: string;
  @ApiProperty() workday!: boolean;
  @ApiProperty({ example: '', description: 'A holiday’s or make-up day’s name, else empty' })
  dayName!: string;
  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { $ref: '#/components/schemas/DutyEntryResponse' } },
    description: 'One cell per column, in the columns’ order: the lawyers on duty there that day',
  })
  cells!: DutyEntryResponse[][];
}

export class DutyRosterResponse {
  @ApiProperty({ example: '330282113' }) regionCode!: string;
  @ApiProperty({ example: '胜山镇' }) regionName!: string;
  @ApiProperty({ example: '2026-11' }) month!: string;
  @ApiProperty({ example: '胜山镇公共法律服务值班表(2026年11月)' }) title!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The township office’s phone (its township centre’s), if recorded',
  })
  phone!: string | null;
  @ApiProperty({ type: [DutyColumnResponse] }) columns!: DutyColumnResponse[];
  @ApiProperty({ type: [DutyRowResponse] }) rows!: DutyRowResponse[];
}
