import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { IsCalendarMonth, PageQuery } from '@app/core';

export class ClosePeriodDto {
  @ApiProperty({ example: '330282113', description: 'The township (9 digits) whose month is closed' })
  @Matches(/^\d{9}$/, { message: 'regionCode must be a township code of 9 digits' })
  regionCode!: string;

  @ApiProperty({ example: '2026-11', description: 'A month that is over (Asia/Shanghai)' })
  @IsCalendarMonth()
  month!: string;

  @ApiPropertyOptional({
    description:
      '零上报: true closes a month without any record as a zero report, explicitly (never by default); refused (422 PERIOD_HAS_RECORDS) for a month that has records',
  })
  @IsOptional()
  @IsBoolean()
  zeroReport?: boolean;
}

export class ListPeriodsQuery extends PageQuery {
  @ApiProperty({
    example: '330282',
    description: 'A province, city, county or township: its townships are listed',
  })
  @Matches(/^(\d{2}|\d{4}|\d{6}|\d{9})$/, {
    message: 'regionCode must be a region code of 2, 4, 6 or 9 digits',
  })
  regionCode!: string;

  @ApiProperty({ example: '2026-11' })
  @IsCalendarMonth()
  month!: string;

  @ApiPropertyOptional({
    enum: ['open', 'closed', 'zero'],
    description: 'Only townships of this status; `open`: the townships behind on closing',
  })
  @IsOptional()
  @IsIn(['open', 'closed', 'zero'])
  status?: 'open' | 'closed' | 'zero';
}

export class PeriodResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '330282113' }) regionCode!: string;
  @ApiProperty({ example: '2026-11' }) month!: string;
  @ApiProperty({
    enum: ['closed', 'zero'],
    description: 'closed: a report with figures (月结); zero: a zero report (零上报)',
  })
  status!: 'closed' | 'zero';
  @ApiProperty({ description: '1 at the close; 2, 3 … after each amendment' }) version!: number;
  @ApiProperty({ type: String, format: 'date-time' }) closedAt!: string;
}

export class TownshipPeriodResponse {
  @ApiProperty({ example: '330282113' }) regionCode!: string;
  @ApiProperty({ example: '胜山镇' }) name!: string;
  @ApiProperty({
    enum: ['open', 'closed', 'zero'],
    description: 'open: not yet reported; closed: reported with figures (月结); zero: reported as 零上报',
  })
  status!: 'open' | 'closed' | 'zero';
  @ApiProperty({ type: Number, nullable: true, description: 'The current version; null while open' })
  version!: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
}

export class PeriodCountsResponse {
  @ApiProperty() open!: number;
  @ApiProperty() closed!: number;
  @ApiProperty() zero!: number;
}

export class PeriodsPageResponse {
  @ApiProperty({ example: '330282' }) regionCode!: string;
  @ApiProperty({ example: '2026-11' }) month!: string;
  @ApiProperty({ type: [TownshipPeriodResponse] }) items!: TownshipPeriodResponse[];
  @ApiProperty({ description: 'All matches, over every page' }) total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({
    type: PeriodCountsResponse,
    description: 'The townships of the region by status, whatever the `status` filter',
  })
  counts!: PeriodCountsResponse;
}
