import { ApiProperty } from '@nestjs/swagger';
import { type LatLng, toGcj02 } from '@app/core';
import { OpeningPeriodDto } from './opening-period.dto';
import type { ServicePoint } from '../service-point.entity';

export class DutySummary {
  @ApiProperty({ example: '王建国' }) lawyerName!: string;
  @ApiProperty({ example: '08:30', description: 'Local start time (Asia/Shanghai)' }) from!: string;
  @ApiProperty({ example: '17:00', description: 'Local end time (Asia/Shanghai)' }) to!: string;
  @ApiProperty({ enum: ['window', 'village_visit', 'on_call'] }) kind!: string;
}

export class UpcomingDuty extends DutySummary {
  @ApiProperty({ format: 'date', example: '2026-11-23' }) date!: string;
}

/** A location in a named coordinate system. */
export class LatLngResponse {
  @ApiProperty({ example: 30.2874 }) lat!: number;
  @ApiProperty({ example: 121.4257 }) lng!: number;
}

export class ServicePointResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '330282113201' }) regionCode!: string;
  @ApiProperty({ example: '一灶村' }) regionName!: string;
  @ApiProperty({ enum: ['county_center', 'township_center', 'village_point'] }) kind!: string;
  @ApiProperty() name!: string;
  @ApiProperty() address!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Latitude, WGS-84' }) lat!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Longitude, WGS-84' }) lng!: number | null;
  @ApiProperty({
    type: LatLngResponse,
    nullable: true,
    description:
      'The same location in GCJ-02, for links to 高德 and 腾讯 maps (which expect it); null without a location or outside China',
  })
  gcj02!: LatLng | null;
  @ApiProperty() geofenceRadiusM!: number;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: [OpeningPeriodDto] }) openingHours!: OpeningPeriodDto[];
  @ApiProperty() isPilot!: boolean;
  @ApiProperty() signInstalled!: boolean;
  @ApiProperty() active!: boolean;
  @ApiProperty({
    type: [DutySummary],
    description: 'Published duty at this point today',
  })
  todayDuty!: DutySummary[];
}

export class ServicePointDetailResponse extends ServicePointResponse {
  @ApiProperty({ type: [UpcomingDuty], description: 'Published duty of the next 7 days, today included' })
  upcomingShifts!: UpcomingDuty[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The point’s legal advisor today (一村一顾问), if any',
  })
  advisorName!: string | null;
}

export function toServicePointResponse(
  p: ServicePoint,
  regionName: string,
  todayDuty: DutySummary[] = [],
): ServicePointResponse {
  return {
    id: p.id,
    regionCode: p.regionCode,
    regionName,
    kind: p.kind,
    name: p.name,
    address: p.address,
    lat: p.lat,
    lng: p.lng,
    gcj02: p.lat != null && p.lng != null ? toGcj02({ lat: p.lat, lng: p.lng }) : null,
    geofenceRadiusM: p.geofenceRadiusM,
    phone: p.phone,
    openingHours: p.openingHours,
    isPilot: p.isPilot,
    signInstalled: p.signInstalled,
    active: p.active,
    todayDuty,
  };
}
