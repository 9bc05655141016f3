import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { SERVICE_POINT_KINDS, type ServicePointKind } from '../service-point.entity';

export class ListServicePointsQuery {
  @ApiPropertyOptional({
    example: '330282113',
    description: 'Matches by prefix: a township gives its centre and all its village points',
  })
  @IsOptional()
  @Matches(/^\d{2,12}$/, { message: 'regionCode must be 2 to 12 digits' })
  regionCode?: string;

  @ApiPropertyOptional({ enum: SERVICE_POINT_KINDS })
  @IsOptional()
  @IsIn(SERVICE_POINT_KINDS)
  kind?: ServicePointKind;
}
