import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { addDays, businessDate, IsCalendarDate } from '@app/core';
import type { Unavailability } from './unavailability.entity';

export class CreateUnavailabilityDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  lawyerId!: string;

  @ApiProperty({ example: '2026-12-01', description: 'First day of leave' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2026-12-03', description: 'Last day of leave, inclusive' })
  @IsCalendarDate()
  to!: string;

  @ApiPropertyOptional({ example: '开庭', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reason?: string;
}

export class ListUnavailabilityQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  lawyerId?: string;

  @ApiPropertyOptional({ example: '2026-12-01' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class UnavailabilityResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) lawyerId!: string;
  @ApiProperty({ example: '2026-12-01' }) from!: string;
  @ApiProperty({ example: '2026-12-03' }) to!: string;
  @ApiProperty() reason!: string;
}

export function toUnavailabilityResponse(u: Unavailability): UnavailabilityResponse {
  return {
    id: u.id,
    lawyerId: u.lawyerId,
    from: businessDate(u.startsAt),
    to: addDays(businessDate(u.endsAt), -1),
    reason: u.reason,
  };
}
