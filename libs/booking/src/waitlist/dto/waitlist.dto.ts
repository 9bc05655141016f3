import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, TOPICS } from '@app/core';
import { AppointmentSlotResponse } from '../../appointments/dto/appointment.response';
import { WAITLIST_STATUSES } from '../waitlist-entry.entity';

/** What the booking made from the waitlist will say: as a booking's body, without the slot. */
export class JoinWaitlistDto {
  @ApiPropertyOptional({ enum: TOPICS, description: 'Default other' })
  @IsOptional()
  @IsIn(TOPICS)
  topic?: (typeof TOPICS)[number];

  @ApiPropertyOptional({ maxLength: 2000, description: 'Stored as plain text, never rendered as HTML' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ maxLength: 50 })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  name?: string;
}

export class JoinDayWaitlistDto extends JoinWaitlistDto {
  @ApiProperty({ format: 'date', example: '2026-11-23', description: 'The business day waited for' })
  @IsCalendarDate()
  date!: string;
}

export class WaitlistOfferResponse {
  @ApiProperty({ type: AppointmentSlotResponse }) slot!: AppointmentSlotResponse;
  @ApiProperty({ format: 'date-time', description: 'Confirm before this; then it passes on' })
  expiresAt!: string;
}

export class WaitlistEntryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    enum: WAITLIST_STATUSES,
    description:
      'waiting; offered (a place is held for you: confirm it); booked; expired (the offer passed on); left; lapsed (the slot or day passed)',
  })
  status!: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Place in line while waiting (1: next to be offered a freed place)',
    example: 1,
  })
  position!: number | null;
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty({ format: 'date', example: '2026-11-23' }) date!: string;
  @ApiProperty({
    type: AppointmentSlotResponse,
    nullable: true,
    description: 'The slot waited for; null for any slot of the day',
  })
  slot!: AppointmentSlotResponse | null;
  @ApiProperty({ type: WaitlistOfferResponse, nullable: true, description: 'While status is offered' })
  offer!: WaitlistOfferResponse | null;
  @ApiProperty({ format: 'uuid', type: String, nullable: true, description: 'Once booked' })
  appointmentId!: string | null;
  @ApiProperty() topic!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}
