import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { IsCalendarDate, PageQuery } from '@app/core';

export class CreateAdvisorAssignmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  lawyerId!: string;

  @ApiProperty({ format: 'uuid', description: 'A village point' })
  @IsUUID()
  servicePointId!: string;

  @ApiProperty({ example: '2026-01-01' })
  @IsCalendarDate()
  from!: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Last day, inclusive; omitted: open-ended' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class EndAdvisorAssignmentDto {
  @ApiProperty({ example: '2026-11-30', description: 'Last day of the assignment, inclusive' })
  @IsCalendarDate()
  to!: string;
}

export class ListAdvisorAssignmentsQuery extends PageQuery {
  @ApiPropertyOptional({ example: '330282113' })
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

  @ApiPropertyOptional({ example: '2026-11-21', description: 'Only assignments in force on that day' })
  @IsOptional()
  @IsCalendarDate()
  activeOn?: string;
}

export class AdvisorCoverageQuery {
  @ApiPropertyOptional({ example: '330282113', description: 'Defaults to your own region' })
  @IsOptional()
  @Matches(/^(\d{6}|\d{9}|\d{12})$/, { message: 'regionCode must be a county, township or village code' })
  regionCode?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-11-21', description: 'Defaults to today' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

export class AdvisorAssignmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) lawyerId!: string;
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty() regionCode!: string;
  @ApiProperty() from!: string;
  @ApiProperty({ type: String, nullable: true }) to!: string | null;
}

export class UncoveredVillage {
  @ApiProperty() regionCode!: string;
  @ApiProperty() name!: string;
}

export class AdvisorCoverageResponse {
  @ApiProperty() regionCode!: string;
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ description: 'Villages and communities in the region' }) villages!: number;
  @ApiProperty({ description: 'Of which have an advisor on that day' }) covered!: number;
  @ApiProperty({ type: [UncoveredVillage] }) uncovered!: UncoveredVillage[];
}
