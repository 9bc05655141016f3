import { ApiProperty } from '@nestjs/swagger';

export class WindowGap {
  @ApiProperty({ example: '2026-11-23' }) date!: string;
  @ApiProperty() servicePointId!: string;
  @ApiProperty({ example: '胜山镇公共法律服务站' }) servicePointName!: string;
  @ApiProperty({ enum: ['no_window_shift'] }) reason!: 'no_window_shift';
}

export class PilotVisitGap {
  @ApiProperty({ example: '2026-W48' }) week!: string;
  @ApiProperty({ example: '2026-11-23', description: "The week's Monday" }) from!: string;
  @ApiProperty({ example: '2026-11-29', description: "The week's Sunday" }) to!: string;
  @ApiProperty() servicePointId!: string;
  @ApiProperty() servicePointName!: string;
}

/** Where a month's roster falls short: the answer of GET /rosters/coverage. */
export class RosterCoverage {
  @ApiProperty() regionCode!: string;
  @ApiProperty({ example: '2026-11' }) month!: string;
  @ApiProperty({ description: 'Working days in the month (the county calendar)' }) workdays!: number;
  @ApiProperty({ type: [WindowGap], description: 'Working days without window duty at a township centre' })
  gaps!: WindowGap[];
  @ApiProperty({ type: [PilotVisitGap], description: 'Weeks in which a pilot village had no visit' })
  pilotVisitGaps!: PilotVisitGap[];
}
