import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import ical, { ICalEventStatus } from 'ical-generator';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '@app/audit';
import {
  addDays,
  AppError,
  assertInJurisdiction,
  type Caller,
  Clock,
  hasRole,
  principalOf,
  CoreErrors,
} from '@app/core';
import { ServicePointsService, StaffService } from '@app/org';
import { requireLawyer } from '../lawyers';
import { RosterErrors } from '../roster.errors';
import { DutyShiftsRepository } from '../shifts/duty-shifts.repository';
import { CalendarFeedToken } from './calendar-feed-token.entity';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

const KIND_LABEL: Record<string, string> = {
  window: '驻窗值班',
  village_visit: '村法律顾问走访',
  on_call: '电话值班',
};

/** A lawyer's shifts as an iCalendar feed a phone can subscribe to, behind a rotatable secret. */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectRepository(CalendarFeedToken) private readonly tokens: Repository<CalendarFeedToken>,
    private readonly shifts: DutyShiftsRepository,
    private readonly staff: StaffService,
    private readonly points: ServicePointsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** A new secret for the lawyer's feed; the previous link stops working. */
  async rotate(caller: Caller, lawyerId: string): Promise<{ token: string; url: string }> {
    const person = principalOf(caller);
    const lawyer = await requireLawyer(this.staff, lawyerId);
    if (person && !hasRole(person, 'official', 'admin') && person.id !== lawyerId) {
      throw new AppError(CoreErrors.FORBIDDEN, 'A lawyer manages only their own calendar link');
    }
    assertInJurisdiction(caller, lawyer.regionCode);
    const token = randomBytes(24).toString('base64url');
    await this.dataSource.transaction(async (em) => {
      await em
        .getRepository(CalendarFeedToken)
        .upsert({ lawyerId, tokenHash: sha256(token), createdAt: this.clock.now() }, ['lawyerId']);
      await this.audit.record(em, {
        action: 'rotate',
        entityType: 'calendar_feed_token',
        entityId: lawyerId,
        regionCode: lawyer.regionCode,
      });
    });
    return { token, url: `/api/v1/lawyers/${lawyerId}/calendar.ics?token=${token}` };
  }

  /** The feed: published shifts from two months back to six months ahead, cancelled ones marked so. */
  async feed(lawyerId: string, token: string): Promise<string> {
    const row = await this.tokens.findOneBy({ lawyerId });
    if (!row || !timingSafeEqual(Buffer.from(row.tokenHash), Buffer.from(sha256(token)))) {
      throw new AppError(RosterErrors.INVALID_FEED_TOKEN, 'No calendar at this address');
    }
    const today = this.clock.today();
    const shifts = await this.shifts.findPublishedOfLawyer(
      lawyerId,
      addDays(today, -62),
      addDays(today, 183),
    );
    const pointIds = [...new Set(shifts.map((s) => s.servicePointId))];
    const points = new Map(
      (await Promise.all(pointIds.map((id) => this.points.getPublic(id).catch(() => null))))
        .filter((p) => p !== null)
        .map((p) => [p.id, p]),
    );
    const calendar = ical({
      name: '公共法律服务值班',
      prodId: { company: 'legal-service-portal', product: 'duty-roster', language: 'ZH' },
      ttl: 3600,
    });
    for (const s of shifts) {
      const point = points.get(s.servicePointId);
      calendar.createEvent({
        id: `${s.id}@legal-service-portal`,
        start: s.startsAt,
        end: s.endsAt,
        stamp: s.updatedAt,
        lastModified: s.updatedAt,
        summary: `${KIND_LABEL[s.kind] ?? s.kind} · ${point?.name ?? ''}`,
        location: point ? `${point.name} ${point.address}`.trim() : undefined,
        status: s.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
    return calendar.toString();
  }
}
