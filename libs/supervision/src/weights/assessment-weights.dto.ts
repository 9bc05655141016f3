import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional, Max, Min } from 'class-validator';

const weight = (description: string) =>
  ApiPropertyOptional({
    minimum: -100,
    maximum: 100,
    description: `${description}; omitted or 0: not weighed`,
  });

/**
 * A county's weights: the score of an advisor at a village is Σ weight × figure. Every weight
 * omitted or 0 removes the weights (a plain listing without a score).
 */
export class AssessmentWeightsDto {
  @weight('Per service day')
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(-100)
  @Max(100)
  serviceDays?: number;

  @weight('Per service hour')
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(-100)
  @Max(100)
  serviceHours?: number;

  @weight('Per work-log entry of any type')
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(-100)
  @Max(100)
  services?: number;

  @weight('Per lecture')
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(-100)
  @Max(100)
  lectures?: number;

  @weight('Times the mean rating (0 without ratings)')
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(-100)
  @Max(100)
  ratingAverage?: number;

  @weight('Per obligation period met')
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(-100)
  @Max(100)
  obligationsMet?: number;

  @weight('Per absence (usually negative)')
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(-100)
  @Max(100)
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
