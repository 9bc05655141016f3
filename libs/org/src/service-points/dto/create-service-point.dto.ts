import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  COORD_SYSTEMS,
  type CoordSystem,
  IsInChinaWhenNotWgs84,
  IsOmittable,
  PLACE_CODE_PATTERN,
} from '@app/core';
import { SERVICE_POINT_KINDS, type ServicePointKind } from '../service-point.entity';
import { OpeningPeriodDto } from './opening-period.dto';

export class CreateServicePointDto {
  @ApiProperty({
    example: '330282113201',
    description:
      'GB/T 2260 code: 6 digits for a county centre, 9 for a township centre, 12 for a village point',
  })
  @Matches(PLACE_CODE_PATTERN, { message: 'regionCode must be a region code of 6, 9 or 12 digits' })
  regionCode!: string;

  @ApiProperty({ enum: SERVICE_POINT_KINDS })
  @IsIn(SERVICE_POINT_KINDS)
  kind!: ServicePointKind;

  @ApiProperty({ example: '一灶村公共法律服务点', maxLength: 100 })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  name!: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOmittable()
  @IsString()
  @MaxLength(200)
  address?: string;

  @ApiPropertyOptional({
    example: 30.2316,
    description: 'Latitude in `coordSystem`; stored and answered as WGS-84. Given together with lng',
  })
  @IsOptional()
  @IsLatitude()
  @IsInChinaWhenNotWgs84('lat')
  lat?: number;

  @ApiPropertyOptional({
    example: 121.4234,
    description: 'Longitude in `coordSystem`; stored and answered as WGS-84. Given together with lat',
  })
  @IsOptional()
  @IsLongitude()
  @IsInChinaWhenNotWgs84('lng')
  lng?: number;

  @ApiPropertyOptional({
    enum: COORD_SYSTEMS,
    default: 'wgs84',
    description:
      'The coordinate system lat/lng are given in: wgs84 (GPS), gcj02 (高德 and 腾讯 maps, where officials copy a location from), bd09 (百度 maps). ' +
      'Converted to WGS-84 before it is stored. The default stays wgs84 so that existing clients keep their meaning; the console sends gcj02. ' +
      'gcj02 and bd09 coordinates must lie in China (400 otherwise)',
  })
  @IsOptional()
  @IsIn(COORD_SYSTEMS)
  coordSystem?: CoordSystem;

  @ApiPropertyOptional({
    minimum: 10,
    maximum: 5000,
    default: 200,
    description: 'Sign-in geofence radius in metres',
  })
  @IsOmittable()
  @IsInt()
  @Min(10)
  @Max(5000)
  geofenceRadiusM?: number;

  @ApiPropertyOptional({ type: [OpeningPeriodDto], description: 'Weekly opening hours' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(28)
  @ValidateNested({ each: true })
  @Type(() => OpeningPeriodDto)
  openingHours?: OpeningPeriodDto[];

  @ApiPropertyOptional({ example: '0574-63000000' })
  @IsOptional()
  @Matches(/^[0-9+\-() ]{5,20}$/, { message: 'phone must be a telephone number' })
  phone?: string;

  @ApiPropertyOptional({ description: 'Pilot village: its advisor visits every week' })
  @IsOmittable()
  @IsBoolean()
  isPilot?: boolean;

  @ApiPropertyOptional({ description: 'The service-point sign (标识牌) is installed' })
  @IsOmittable()
  @IsBoolean()
  signInstalled?: boolean;

  @ApiPropertyOptional({ default: true })
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}

export class UpdateServicePointDto extends PartialType(CreateServicePointDto, {
  skipNullProperties: false,
}) {}
