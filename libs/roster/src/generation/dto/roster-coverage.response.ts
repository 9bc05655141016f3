import { ApiProperty } from '@nestjs/swagger';
import { DayOffConflict } from '../../shifts/dto/shift.dto';

export class WindowGap {
  @ApiProperty({ format: 'date', example: '2026-11-23' }) date!: string;
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty({ example: '胜山镇公共法律服务站' }) servicePointName!: string;
  @ApiProperty({ enum: ['no_window_shift'] }) reason!: 'no_window_shift';
}

export class PilotVisitGap {
  @ApiProperty({ example: '2026-W48' }) week!: string;
  @ApiProperty({ example: '2026-11-23', description: "The week's Monday" }) from!: string;
  @ApiProperty({ example: '2026-11-29', description: "The week's Sunday" }) to!: string;
  @ApiProperty({ format: 'uuid' }) servicePointId!: string;
  @ApiProperty() servicePointName!: string;
}

/** Where a month's roster falls short: the answer of GET /rosters/coverage. */
export class RosterCoverage {
  @ApiProperty() regionCode!: string;
  @ApiProperty({ example: '2026-11' }) month!: string;
  @ApiProperty({ description: 'Working days in the month (the county calendar)' }) workdays!: number;
  @ApiProperty({
    description:
      'The month follows a provisional calendar (no State Council notice for its year yet): its holidays may move',
  })
  provisional!: boolean;
  @ApiProperty({ type: [String], description: 'The days of the month whose answer is provisional' })
  provisionalDays!: string[];
  @ApiProperty({ type: [WindowGap], description: 'Working days without window duty at a township centre' })
  gaps!: WindowGap[];
  @ApiProperty({ type: [PilotVisitGap], description: 'Weeks in which a pilot village had no visit' })
  pilotVisitGaps!: PilotVisitGap[];
  @ApiProperty({
    type: [DayOffConflict],
    description:
      'Planned window duty and village visits on days that are not working days (e.g. after a notice moved a ' +
      'holiday): publishing the month is refused with 422 SHIFTS_ON_DAYS_OFF until they are cancelled or confirmed',
  })
  conflicts!: DayOffConflict[];
}
