import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PLACE_CODE_PATTERN } from '@app/core';
import { MEASURES, type Measure, POINT_KINDS } from '../../rules/obligation-rules';
import { PERIOD_KINDS, PERIOD_PATTERN, type PeriodKind } from '../../rules/periods';
import { QUOTA_STATUSES, type QuotaStatus } from '../../rules/quota-status';

export class QuotasQuery {
  @ApiPropertyOptional({
    example: '330282113',
    description: 'A county, township or village of your jurisdiction; default your own region',
  })
  @IsOptional()
  @Matches(PLACE_CODE_PATTERN, { message: 'regionCode must be a region code of 6, 9 or 12 digits' })
  regionCode?: string;

  @ApiPropertyOptional({
    example: '2026-11',
    description:
      'A month (2026-11: days and hours), a quarter (2026-Q4: lectures) or an ISO week (2026-W48: visits); the obligations of that kind of period are shown. Default: this month',
  })
  @IsOptional()
  @Matches(PERIOD_PATTERN, {
    message: 'period must be a month YYYY-MM, a quarter YYYY-Qn or an ISO week YYYY-Wnn',
  })
  period?: string;

  @ApiPropertyOptional({
    enum: QUOTA_STATUSES,
    description: 'Only quotas of this status (the console’s at_risk panel)',
  })
  @IsOptional()
  @IsIn(QUOTA_STATUSES)
  status?: QuotaStatus;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only this advisor’s (a lawyer always sees only their own)',
  })
  @IsOptional()
  @IsUUID()
  lawyerId?: string;
}

export class QuotaItem {
  @ApiProperty({ example: '330282113201', description: 'The point’s region (a village’s 12 digits)' })
  regionCode!: string;
  @ApiProperty({ example: '一灶村' }) regionName!: string;
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty() pointName!: string;
  @ApiProperty({ enum: POINT_KINDS }) pointKind!: string;
  @ApiProperty({ format: 'uuid' }) lawyerId!: string;
  @ApiProperty() lawyerName!: string;
  @ApiProperty({ format: 'uuid' }) obligationId!: string;
  @ApiProperty({ enum: MEASURES, description: 'What the obligation counts' }) obligation!: Measure;
  @ApiProperty({ example: '2026-11' }) period!: string;
  @ApiProperty({ example: 2 }) required!: number;
  @ApiProperty({
    example: 1,
    description:
      'Delivered so far: days (or visits) with a sign-in for a shift at the point or a work-log entry there; hours between sign-in and sign-out (one decimal); lectures given there',
  })
  delivered!: number;
  @ApiProperty({
    example: 0,
    description:
      'Still planned: published shifts at the point not yet over (days not yet delivered, or their remaining hours)',
  })
  planned!: number;
  @ApiProperty({
    enum: QUOTA_STATUSES,
    description:
      'met: delivered ≥ required; missed: the period is over and it was not met; at_risk: delivered + planned < required; on_track otherwise',
  })
  status!: QuotaStatus;
}

export class QuotasResponse {
  @ApiProperty({ example: '330282113' }) regionCode!: string;
  @ApiProperty({ example: '2026-11' }) period!: string;
  @ApiProperty({ enum: PERIOD_KINDS }) periodKind!: PeriodKind;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ format: 'date-time', description: 'The instant the quotas were evaluated at' })
  asOf!: string;
  @ApiProperty({ type: QuotaItem, isArray: true }) items!: QuotaItem[];
}
