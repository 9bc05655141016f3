import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttendanceModule } from '@app/attendance';
import { AuditModule, ChangeLedger, STATS_VERIFICATION } from '@app/audit';
import { APPOINTMENT } from '@app/booking';
import { asSystem, businessDate, businessTimeOfDay, Clock, JobsService } from '@app/core';
import { LegalAidModule } from '@app/legal-aid';
import { OrgModule, StaffService } from '@app/org';
import { RosterModule } from '@app/roster';
import { AbsencesController } from './absences/absences.controller';
import { AbsencesService } from './absences/absences.service';
import { ClockNoticesService } from './notices/clock-notices.service';
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
    LegalAidModule,
    TypeOrmModule.forFeature([StaffRequest, StaffNotice, StaffNoticePreference]),
  ],
  controllers: [StaffRequestsController, NoticesController, AbsencesController],
  providers: [
    StaffRequestsRepository,
    StaffRequestsService,
    NoticesRepository,
    NoticesService,
    AbsencesService,
    ClockNoticesService,
  ],
  exports: [NoticesService],
})
export class RequestsModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly ledger: ChangeLedger,
    private readonly notices: NoticesService,
    private readonly absences: AbsencesService,
    private readonly clockNotices: ClockNoticesService,
    private readonly staff: StaffService,
    private readonly clock: Clock,
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

    // A day before a legal-aid clock runs out (08:00 Asia/Shanghai).
    this.jobs.schedule('legal-aid-clock-notices', '0 8 * * *', () => this.clockNotices.remind());

    // The admin is told when the nightly recount finds the statistics differ from the records.
    this.ledger.subscribe(STATS_VERIFICATION, async ({ after }, em) => {
      if (!after?.differences) return;
      const works: (() => Promise<void>)[] = [];
      for (const admin of await this.staff.activeAdmins()) {
        const work = await this.notices.give(em, {
          staffId: admin.id,
          regionCode: admin.regionCode,
          kind: 'recount_difference',
          subjectId: `${businessDate(this.clock.now())}`,
          text: `夜间统计核对发现${after.differences}处与原始记录不一致，请运行 npm run cli -- stats rebuild 修复。`,
        });
        if (work) works.push(work);
      }
      return async () => {
        for (const work of works) await work();
      };
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
