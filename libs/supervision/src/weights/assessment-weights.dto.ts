import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { valueRule } from '@app/core';

const weight = (description: string) =>
  ApiPropertyOptional({
    minimum: -100,
    maximum: 100,
    description: `${description}; omitted or 0: not weighed`,
  });

/** True for a weight from -100 to 100 with at most two decimals (1e-300 has none written, but many). */
export function isWeight(value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < -100 || value > 100) return false;
  return Math.round(value * 100) / 100 === value;
}

/** A weight of the score: a number from -100 to 100 with at most two decimals. */
const IsWeight = valueRule(
  'isWeight',
  '$property must be a number from -100 to 100 with at most two decimals',
  isWeight,
);

/**
 * A county's weights: the score of an advisor at a village is Σ weight × figure. Every weight
 * omitted or 0 removes the weights (a plain listing without a score).
 */
export class AssessmentWeightsDto {
  @weight('Per service day')
  @IsOptional()
  @IsWeight()
  serviceDays?: number;

  @weight('Per service hour')
  @IsOptional()
  @IsWeight()
  serviceHours?: number;

  @weight('Per work-log entry of any type')
  @IsOptional()
  @IsWeight()
  services?: number;

  @weight('Per lecture')
  @IsOptional()
  @IsWeight()
  lectures?: number;

  @weight('Times the mean rating (0 without ratings)')
  @IsOptional()
  @IsWeight()
  ratingAverage?: number;

  @weight('Per obligation period met')
  @IsOptional()
  @IsWeight()
  obligationsMet?: number;

  @weight('Per absence (usually negative)')
  @IsOptional()
  @IsWeight()
  absences?: number;
}

export class AssessmentWeightsResponse {
  @ApiProperty({ example: '330282' }) countyCode!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    nullable: true,
    description: 'The weights by figure; null: a plain listing without a score',
  })
  weights!: Record<string, number> | null;
}
