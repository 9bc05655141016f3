import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttendanceModule } from '@app/attendance';
import { AuditModule, ChangeLedger } from '@app/audit';
import { APPOINTMENT } from '@app/booking';
import { asSystem, businessDate, businessTimeOfDay, JobsService } from '@app/core';
import { OrgModule } from '@app/org';
import { RosterModule } from '@app/roster';
import { AbsencesController } from './absences/absences.controller';
import { AbsencesService } from './absences/absences.service';
import { NoticesController } from './notices/notices.controller';
import { NoticesRepository } from './notices/notices.repository';
import { NoticesService } from './notices/notices.service';
import { StaffNotice, StaffNoticePreference } from './notices/staff-notice.entity';
import { StaffRequest } from './requests/staff-request.entity';
import { STAFF_REQUEST } from './requests/staff-request.records';
import { StaffRequestsController } from './requests/staff-requests.controller';
import { StaffRequestsRepository } from './requests/staff-requests.repository';
import { StaffRequestsService } from './requests/staff-requests.service';

const KIND_NAMES = { swap: '换班', leave: '请假', attendance_fix: '补卡' } as const;

/**
 * Lawyers' requests with the official's approval, the absence watch with its standby lawyer, and
 * notices to staff (issue 19). Notices hang on the change ledger: they are given in the transaction
 * of the change they tell of.
 */
@Module({
  imports: [
    AuditModule,
    OrgModule,
    RosterModule,
    AttendanceModule,
    TypeOrmModule.forFeature([StaffRequest, StaffNotice, StaffNoticePreference]),
  ],
  controllers: [StaffRequestsController, NoticesController, AbsencesController],
  providers: [
    StaffRequestsRepository,
    StaffRequestsService,
    NoticesRepository,
    NoticesService,
    AbsencesService,
  ],
  exports: [NoticesService],
})
export class RequestsModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly ledger: ChangeLedger,
    private readonly notices: NoticesService,
    private readonly absences: AbsencesService,
  ) {}

  onModuleInit(): void {
    // Every minute (cron's finest step): window shifts whose lawyer has not signed in by start + grace.
    this.jobs.schedule('absence-watch', '* * * * *', () => asSystem((system) => this.absences.watch(system)));

    this.ledger.subscribe(STAFF_REQUEST, async ({ action, after }, em) => {
      if (!after) return;
      const kind = KIND_NAMES[after.kind];
      if (action === 'approve' || action === 'refuse')
        return this.notices.give(em, {
          staffId: after.lawyerId,
          regionCode: after.regionCode,
          kind: 'request_decided',
          subjectId: after.id,
          text:
            action === 'approve'
              ? `您的${kind}申请已批准。`
              : `您的${kind}申请未获批准，原因：${after.decisionReason ?? ''}`,
        });
      if (action === 'create' && after.kind === 'swap' && after.toLawyerId)
        return this.notices.give(em, {
          staffId: after.toLawyerId,
          regionCode: after.regionCode,
          kind: 'swap_asked',
          subjectId: after.id,
          text: '有同事请您代班，请在“我的申请”中确认。',
        });
    });

    // The duty lawyer is told of a new booking for their shift.
    this.ledger.subscribe(APPOINTMENT, async ({ action, after }, em) => {
      if (action !== 'create' || !after?.lawyerId) return;
      return this.notices.give(em, {
        staffId: after.lawyerId,
        regionCode: after.regionCode,
        kind: 'new_booking',
        subjectId: after.id,
        text: `新预约：${businessDate(after.startsAt)} ${businessTimeOfDay(after.startsAt)}，预约码${after.code}。`,
      });
    });
  }
}
