import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Between, DataSource, Repository } from 'typeorm';
import { AuditService } from '@app/audit';
import { AppError, datesBetween, hasRole, RequestContext } from '@app/core';
import { RosterErrors } from '../roster.errors';
import { CalendarDayOverride } from './calendar-day.entity';
import { CalendarDay, officialDay } from './official-calendar';

/**
 * The one answer to "is this a working day" for the whole app: the official calendar, with the
 * overrides officials entered for dates the bundled data does not know yet.
 */
@Injectable()
export class WorkingCalendarService {
  constructor(
    @InjectRepository(CalendarDayOverride) private readonly overrides: Repository<CalendarDayOverride>,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Every date from `from` to `to` with whether it is a working day. */
  async days(from: string, to: string): Promise<CalendarDay[]> {
    const rows = await this.overrides.find({ where: { date: Between(from, to) } });
    const byDate = new Map(rows.map((r) => [r.date, r]));
    return datesBetween(from, to).map((date) => {
      const o = byDate.get(date);
      return o ? { date, workday: o.workday, name: o.name } : officialDay(date);
    });
  }

  async workdays(from: string, to: string): Promise<string[]> {
    return (await this.days(from, to)).filter((d) => d.workday).map((d) => d.date);
  }

  async isWorkday(date: string): Promise<boolean> {
    return (await this.days(date, date))[0].workday;
  }

  async override(date: string, workday: boolean, name: string): Promise<CalendarDay> {
    const caller = RequestContext.principal();
    // The calendar is national: a township official cannot move a holiday for everyone.
    if (caller && !hasRole(caller, 'admin') && (caller.regionCode ?? '').length > 6) {
      throw new AppError(
        RosterErrors.CALENDAR_NEEDS_COUNTY,
        'forbidden',
        'Only county officials and admins change the working-day calendar',
      );
    }
    const before = (await this.days(date, date))[0];
    await this.dataSource.transaction(async (em) => {
      await em
        .getRepository(CalendarDayOverride)
        .upsert({ date, workday, name, updatedBy: RequestContext.principal()?.id ?? null }, ['date']);
      await this.audit.record(em, {
        action: 'update',
        entityType: 'calendar_day',
        entityId: date,
        before: { ...before },
        after: { date, workday, name },
      });
    });
    return { date, workday, name };
  }
}
