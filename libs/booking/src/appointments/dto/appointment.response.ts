import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ServiceLogDraft } from '../service-log-draft';

/** The booking answers: the services return plain objects of these shapes, and OpenAPI shows them. */

const STATUSES = ['booked', 'cancelled', 'arrived', 'completed', 'no_show', 'needs_reschedule'];

export class SlotResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ example: 2 }) capacity!: number;
  @ApiProperty({
    description: 'Places left: neither booked nor held for a resident of the waitlist',
    example: 1,
  })
  available!: number;
  @ApiProperty({ example: '王建国' }) lawyerName!: string;
}

export class AppointmentSlotResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
}

export class ServiceLogDraftResponse implements ServiceLogDraft {
  @ApiProperty({ enum: ['consultation'] }) type!: 'consultation';
  @ApiProperty() topic!: string;
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty({ format: 'date-time', description: "The slot's start, or the completion if that came first" })
  occurredAt!: string;
  @ApiProperty({ enum: [1] }) peopleCount!: 1;
  @ApiProperty() summary!: string;
  @ApiProperty({ format: 'uuid' }) appointmentId!: string;
}

export class AppointmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The booking code the SMS gives, shown at the desk', example: 'K7M2QXP4' })
  code!: string;
  @ApiProperty({ enum: STATUSES }) status!: string;
  @ApiProperty() topic!: string;
  @ApiProperty({ description: 'Plain text, never rendered as HTML' }) description!: string;
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty({ type: AppointmentSlotResponse }) slot!: AppointmentSlotResponse;
  @ApiPropertyOptional({
    type: ServiceLogDraftResponse,
    description: 'On completion: the work-log entry to send to POST /service-logs as it is',
  })
  serviceLogDraft?: ServiceLogDraftResponse;
}

export class AppointmentRatingResponse {
  @ApiProperty({ minimum: 1, maximum: 5 }) score!: number;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
}

export class MyAppointmentResponse extends AppointmentResponse {
  @ApiProperty({ example: '胜山镇公共法律服务站' }) servicePointName!: string;
  @ApiProperty({ type: String, nullable: true }) lawyerName!: string | null;
  @ApiProperty({ type: AppointmentRatingResponse, nullable: true }) rating!: AppointmentRatingResponse | null;
}

export class DayListAppointmentResponse extends AppointmentResponse {
  @ApiProperty({ example: '138****5678' }) residentPhoneMasked!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The name the resident gave, if any' })
  name!: string | null;
}

export class RatedAppointmentResponse extends AppointmentResponse {
  @ApiProperty({ minimum: 1, maximum: 5 }) rating!: number;
}
