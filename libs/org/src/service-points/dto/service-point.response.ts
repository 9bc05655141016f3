import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OpeningPeriodDto } from './opening-period.dto';
import type { ServicePoint } from '../service-point.entity';

export class DutySummary {
  @ApiProperty() lawyerName!: string;
  @ApiProperty({ description: 'Start, ISO instant' }) from!: string;
  @ApiProperty({ description: 'End, ISO instant' }) to!: string;
}

export class ServicePointResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '330282113201' }) regionCode!: string;
  @ApiProperty({ example: '一灶村' }) regionName!: string;
  @ApiProperty({ enum: ['county_center', 'township_center', 'village_point'] }) kind!: string;
  @ApiProperty() name!: string;
  @ApiProperty() address!: string;
  @ApiPropertyOptional({ nullable: true }) lat!: number | null;
  @ApiPropertyOptional({ nullable: true }) lng!: number | null;
  @ApiProperty() geofenceRadiusM!: number;
  @ApiPropertyOptional({ nullable: true }) phone!: string | null;
  @ApiProperty({ type: [OpeningPeriodDto] }) openingHours!: OpeningPeriodDto[];
  @ApiProperty() isPilot!: boolean;
  @ApiProperty() signInstalled!: boolean;
  @ApiProperty() active!: boolean;
  @ApiProperty({
    type: [DutySummary],
    description: 'Published duty at this point today (filled by the roster module)',
  })
  todayDuty!: DutySummary[];
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
    geofenceRadiusM: p.geofenceRadiusM,
    phone: p.phone,
    openingHours: p.openingHours,
    isPilot: p.isPilot,
    signInstalled: p.signInstalled,
    active: p.active,
    todayDuty,
  };
}
