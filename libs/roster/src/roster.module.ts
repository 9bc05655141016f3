import { Module, OnModuleInit } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrgModule, ServicePointsService } from '@app/org';
import { CalendarChangesService } from './calendar/calendar-changes.service';
import { CalendarDayOverride } from './calendar/calendar-day.entity';
import { CalendarNotice } from './calendar/calendar-notice.entity';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarRepository } from './calendar/calendar.repository';
import { WorkingCalendarService } from './calendar/working-calendar.service';
import { CalendarFeedToken } from './feed/calendar-feed-token.entity';
import { CalendarFeedController } from './feed/calendar-feed.controller';
import { CalendarFeedService } from './feed/calendar-feed.service';
import { RosterCoverageService } from './generation/roster-coverage.service';
import { RosterGenerationService } from './generation/roster-generation.service';
import { RostersController } from './generation/rosters.controller';
import { DutyShift } from './shifts/duty-shift.entity';
import { DutyShiftsController } from './shifts/duty-shifts.controller';
import { DutyShiftsRepository } from './shifts/duty-shifts.repository';
import { DutyShiftsService } from './shifts/duty-shifts.service';
import { PublishedDutyReader } from './shifts/published-duty.reader';
import { Unavailability } from './unavailability/unavailability.entity';
import { UnavailabilityController } from './unavailability/unavailability.controller';
import { UnavailabilityRepository } from './unavailability/unavailability.repository';
import { UnavailabilityService } from './unavailability/unavailability.service';

/** Duty rosters on the official working-day calendar. */
@Module({
  imports: [
    AuditModule,
    OrgModule,
    TypeOrmModule.forFeature([
      DutyShift,
      Unavailability,
      CalendarDayOverride,
      CalendarNotice,
      CalendarFeedToken,
    ]),
  ],
  controllers: [
    CalendarController,
    DutyShiftsController,
    RostersController,
    UnavailabilityController,
    CalendarFeedController,
  ],
  providers: [
    CalendarRepository,
    WorkingCalendarService,
    CalendarChangesService,
    DutyShiftsRepository,
    DutyShiftsService,
    UnavailabilityRepository,
    UnavailabilityService,
    RosterGenerationService,
    RosterCoverageService,
    CalendarFeedService,
    PublishedDutyReader,
  ],
  exports: [
    WorkingCalendarService,
    DutyShiftsService,
    UnavailabilityService,
    RosterGenerationService,
    RosterCoverageService,
  ],
})
export class RosterModule implements OnModuleInit {
  constructor(
    private readonly points: ServicePointsService,
    private readonly publishedDuty: PublishedDutyReader,
  ) {}

  /** The registry's public reads of a service point show its published duty. */
  onModuleInit(): void {
    this.points.readDutyFrom(this.publishedDuty);
  }
}
