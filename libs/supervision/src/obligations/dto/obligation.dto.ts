import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { PLACE_CODE_PATTERN } from '@app/core';
import { MEASURES, type Measure, POINT_KINDS, type PointKind } from '../../rules/obligation-rules';
import { PERIOD_KINDS, type PeriodKind } from '../../rules/periods';
import type { Obligation } from '../obligation.entity';

export class CreateObligationDto {
  @ApiProperty({
    example: '330282113',
    description: 'The county, township or village (6, 9 or 12 digits) it holds in, within your jurisdiction',
  })
  @Matches(PLACE_CODE_PATTERN, { message: 'regionCode must be a region code of 6, 9 or 12 digits' })
  regionCode!: string;

  @ApiPropertyOptional({
    enum: POINT_KINDS,
    nullable: true,
    description: 'The kind of point it holds for; omitted or null: every kind',
  })
  @IsOptional()
  @IsIn(POINT_KINDS)
  pointKind?: PointKind | null;

  @ApiProperty({
    enum: MEASURES,
    description:
      'service_days: days a month with a sign-in or a work-log entry at the point (≤ 31); service_hours: hours a month between sign-in and sign-out (≤ 744); lectures: lectures a quarter (≤ 92); visits: visits an ISO week (≤ 7), usually with pilotOnly',
  })
  @IsIn(MEASURES)
  measure!: Measure;

  @ApiProperty({
    example: 2,
    minimum: 1,
    maximum: 744,
    description: 'How many a period requires (whole numbers; the measure sets the most)',
  })
  @IsInt()
  @Min(1)
  @Max(744)
  required!: number;

  @ApiPropertyOptional({ default: false, description: 'Only at pilot villages (试点村)' })
  @IsOptional()
  @IsBoolean()
  pilotOnly?: boolean;
}

export class ListObligationsQuery {
  @ApiPropertyOptional({
    example: '330282113',
    description: 'Obligations in force there: set on it, above it or below it',
  })
  @IsOptional()
  @Matches(PLACE_CODE_PATTERN, { message: 'regionCode must be a region code of 6, 9 or 12 digits' })
  regionCode?: string;
}

export class ObligationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '330282113' }) regionCode!: string;
  @ApiProperty({ enum: POINT_KINDS, nullable: true, type: String }) pointKind!: PointKind | null;
  @ApiProperty({ enum: MEASURES }) measure!: Measure;
  @ApiProperty({
    enum: PERIOD_KINDS,
    description: 'month for days and hours, quarter for lectures, iso_week for visits',
  })
  period!: PeriodKind;
  @ApiProperty({ example: 2 }) required!: number;
  @ApiProperty() pilotOnly!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export function toObligationResponse(o: Obligation): ObligationResponse {
  return {
    id: o.id,
    regionCode: o.regionCode,
    pointKind: o.pointKind,
    measure: o.measure,
    period: o.period,
    required: o.required,
    pilotOnly: o.pilotOnly,
    createdAt: o.createdAt.toISOString(),
  };
}
