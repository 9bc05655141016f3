import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RosterModule } from '@app/roster';
import { AuditModule } from '@app/audit';
import { asSystem, JobsService } from '@app/core';
import { OrgModule } from '@app/org';
import { AttendanceEvent } from './attendance-event.entity';
import { AttendanceEventsRepository } from './attendance-events.repository';
import { AttendanceRecord } from './attendance-record.entity';
import { AttendanceRecordsRepository } from './attendance-records.repository';
import { AttendanceCorrectionsService } from './attendance-corrections.service';
import { AttendanceController } from './attendance.controller';
import { AttendanceService } from './attendance.service';
import { ShiftAbsence } from './shift-absence.entity';
import { ShiftAbsencesRepository } from './shift-absences.repository';
import { ShiftAbsencesService } from './shift-absences.service';
import { KioskDevice } from './kiosk/kiosk-device.entity';
import { KiosksController, ServicePointQrKeyController } from './kiosk/kiosks.controller';
import { KiosksRepository } from './kiosk/kiosks.repository';
import { KiosksService } from './kiosk/kiosks.service';
import { ServicePointKey } from './kiosk/service-point-key.entity';

@Module({
  imports: [
    RosterModule,
    AuditModule,
    OrgModule,
    TypeOrmModule.forFeature([AttendanceEvent, AttendanceRecord, ShiftAbsence, KioskDevice, ServicePointKey]),
  ],
  controllers: [AttendanceController, KiosksController, ServicePointQrKeyController],
  providers: [
    AttendanceService,
    AttendanceCorrectionsService,
    AttendanceEventsRepository,
    AttendanceRecordsRepository,
    ShiftAbsencesRepository,
    ShiftAbsencesService,
    KiosksService,
    KiosksRepository,
  ],
  exports: [AttendanceService, AttendanceCorrectionsService, ShiftAbsencesService],
})
export class AttendanceModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly attendance: AttendanceService,
  ) {}

  onModuleInit(): void {
    // Five past midnight in Asia/Shanghai: settle the day that just ended, in every county.
    this.jobs.schedule('attendance-close-day', '5 0 * * *', () =>
      asSystem((system) => this.attendance.closeDay(system, this.attendance.yesterday())),
    );
  }
}
