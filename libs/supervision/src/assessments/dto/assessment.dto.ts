import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PLACE_CODE_PATTERN } from '@app/core';

export const ASSESSMENT_FORMATS = ['json', 'xlsx'] as const;

/** The figures a county may weigh into a score, each per advisor and village over the quarter. */
export const SCORE_FIGURES = [
  'serviceDays',
  'serviceHours',
  'services',
  'lectures',
  'ratingAverage',
  'obligationsMet',
  'absences',
] as const;
export type ScoreFigure = (typeof SCORE_FIGURES)[number];

export class AssessmentQuery {
  @ApiProperty({ example: '330282113', description: 'A county, township or village of your jurisdiction' })
  @Matches(PLACE_CODE_PATTERN, { message: 'regionCode must be a region code of 6, 9 or 12 digits' })
  regionCode!: string;

  @ApiProperty({ example: '2026-Q4', required: false, description: 'Default: this quarter' })
  @IsOptional()
  @Matches(/^(20\d{2})-Q[1-4]$/, { message: 'quarter must look like 2026-Q4' })
  quarter?: string;

  @ApiProperty({ enum: ASSESSMENT_FORMATS, required: false, default: 'json' })
  @IsOptional()
  @IsIn(ASSESSMENT_FORMATS)
  format?: (typeof ASSESSMENT_FORMATS)[number];
}

/** Live work-log entries by type (件/份/起, consultations as entries; their 人次 in consultationPeople). */
export class ServicesByType {
  @ApiProperty() consultation!: number;
  @ApiProperty() document_drafting!: number;
  @ApiProperty() legal_aid!: number;
  @ApiProperty() mediation!: number;
  @ApiProperty() village_affairs!: number;
  @ApiProperty() contract_review!: number;
  @ApiProperty() grid_guidance!: number;
}

export class AssessmentRow {
  @ApiProperty({ format: 'uuid' }) lawyerId!: string;
  @ApiProperty() lawyerName!: string;
  @ApiProperty({ example: '330282113201' }) regionCode!: string;
  @ApiProperty({ example: '一灶村' }) regionName!: string;
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty() pointName!: string;
  @ApiProperty({
    description: 'Days with a sign-in for a shift at the village’s point or a work-log entry there',
  })
  serviceDays!: number;
  @ApiProperty({ description: 'Hours between sign-in and sign-out at the point (one decimal)' })
  serviceHours!: number;
  @ApiProperty({ type: ServicesByType }) services!: ServicesByType;
  @ApiProperty({ description: 'People served in consultations (人次)' }) consultationPeople!: number;
  @ApiProperty({ description: 'Lectures (法治讲座) given at the point' }) lectures!: number;
  @ApiProperty({ description: 'Residents’ ratings of appointments with the advisor there' }) ratings!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Mean rating (1–5, two decimals); null without ratings',
  })
  ratingAverage!: number | null;
  @ApiProperty({ description: 'Obligation periods of the quarter met (months, the quarter, ISO weeks)' })
  obligationsMet!: number;
  @ApiProperty({
    description: 'Obligation periods of the quarter due so far: those over, and those already met',
  })
  obligationsDue!: number;
  @ApiProperty({
    description: 'Absences: the advisor’s shifts at the point without a sign-in (attendance status absent)',
  })
  absences!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The county’s weighted score; null when it set no weights',
  })
  score!: number | null;
}

export class AssessmentResponse {
  @ApiProperty({ example: '330282113' }) regionCode!: string;
  @ApiProperty({ example: '胜山镇' }) regionName!: string;
  @ApiProperty({ example: '2026-Q4' }) quarter!: string;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ format: 'date-time' }) asOf!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    nullable: true,
    description: 'The county’s score weights by figure; null: a plain listing without a score',
  })
  weights!: Record<string, number> | null;
  @ApiProperty({ type: AssessmentRow, isArray: true }) items!: AssessmentRow[];
}
