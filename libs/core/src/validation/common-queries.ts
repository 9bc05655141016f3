import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PLACE_CODE_PATTERN } from '../region/region-code';
import { IsCalendarDate, IsCalendarMonth } from './validators';

/** `?regionCode=&from=&to=`: a region prefix (optional) and a date range, both ends included. */
export class RegionPeriodQuery {
  @ApiPropertyOptional({ example: '330282113', description: 'Prefix match within your jurisdiction' })
  @IsOptional()
  @Matches(/^\d{2,12}$/, { message: 'regionCode must be 2 to 12 digits' })
  regionCode?: string;

  @ApiProperty({ example: '2026-11-01' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2026-11-30' })
  @IsCalendarDate()
  to!: string;
}

/** `?regionCode=&month=`: one county, township or village and a month. */
export class RegionMonthQuery {
  @ApiProperty({ example: '330282113' })
  @Matches(PLACE_CODE_PATTERN, { message: 'regionCode must be a region code of 6, 9 or 12 digits' })
  regionCode!: string;

  @ApiProperty({ example: '2026-11' })
  @IsCalendarMonth()
  month!: string;
}
