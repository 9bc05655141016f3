import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type Change, ChangeLedger } from '@app/audit';
import {
  AppError,
  assertMayWriteIn,
  type Caller,
  Clock,
  hasRole,
  monthRange,
  pageWindow,
  type Principal,
  RequestContext,
} from '@app/core';
import { RegionsService } from '@app/org';
import { COUNTER_KEYS, type Metrics } from '../metrics';
import { rollupDeltas } from '../rollups.service';
import type { StatFact } from '../sources/stat-fact';
import type { StatsSource } from '../sources/stats-source';
import { StatsErrors } from '../stats.errors';
import { type MonthlyFigures, StatsService } from '../stats.service';
import type {
  ClosePeriodDto,
  ListPeriodsQuery,
  PeriodResponse,
  PeriodsPageResponse,
} from './dto/periods.dto';
import { PERIOD, type PeriodRecord } from './period.records';
import { PeriodsRepository } from './periods.repository';

const TOWNSHIP_LENGTH = 9;

/** Whether a month's figures hold any record at all (a counter other than zero). */
export function hasRecords(totals: Metrics): boolean {
  return COUNTER_KEYS.some((k) => totals[k] !== 0);
}

/**
 * The township-months (`township|YYYY-MM`) a change touches before `currentMonth` (a month not over is
 * never closed): where its counters move, and, for the kinds that sit in one month (a work-log entry, a
 * workshop), every month its facts lie in, so that a change that moves no counter (a summary corrected)
 * still touches its month. Records on a county's own centre belong to no township.
 */
export function touchedTownshipMonths(
  before: StatFact[],
  after: StatFact[],
  wholeRecord: boolean,
  currentMonth: string,
): string[] {
  const places = [...rollupDeltas(before, after), ...(wholeRecord ? [...before, ...after] : [])];
  const keys = new Set<string>();
  for (const p of places)
    if (p.regionCode.length >= TOWNSHIP_LENGTH && p.day.slice(0, 7) < currentMonth)
      keys.add(`${p.regionCode.slice(0, TOWNSHIP_LENGTH)}|${p.day.slice(0, 7)}`);
  return [...keys].sort();
}

function toPeriodResponse(p: PeriodRecord): PeriodResponse {
  return {
    id: p.id,
    regionCode: p.regionCode,
    month: p.month,
    status: p.status,
    version: p.version,
    closedAt: p.closedAt.toISOString(),
  };
}

interface Amendment {
  period: PeriodRecord;
  by: Principal;
  reasons: string[];
}

/**
 * Month-end close (月结) and 零上报. A township's official closes a month once it is over: as a report
 * with figures, or — for a month without any record, explicitly — as a zero report. The close keeps the
 * township-month's figures as version 1. From then on the month's records are locked for lawyers (422
 * PERIOD_CLOSED); an official's change of one (a correction with its reason, a void, a backfill) makes
 * the next version in the same transaction, keeping the figures as they then stand, so every version
 * (the first reported included) reads back as it was. Closes and amendments are in the audit trail.
 */
@Injectable()
export class PeriodsService {
  /** Per open transaction: the closed township-months its changes amend, by period id. */
  private readonly amending = new WeakMap<EntityManager, Map<string, Amendment>>();
  /** Per open transaction: the township-months looked up so far, with their closed period (null: open). */
  private readonly checked = new WeakMap<EntityManager, Map<string, PeriodRecord | null>>();

  constructor(
    private readonly periods: PeriodsRepository,
    private readonly stats: StatsService,
    private readonly regions: RegionsService,
    private readonly ledger: ChangeLedger,
    private readonly clock: Clock,
  ) {}

  async close(caller: Principal, dto: ClosePeriodDto): Promise<PeriodResponse> {
    assertMayWriteIn(caller, dto.regionCode);
    const region = await this.stats.region(caller, dto.regionCode);
    const current = this.clock.today().slice(0, 7);
    if (dto.month >= current)
      throw new AppError(
        StatsErrors.PERIOD_NOT_OVER,
        `${dto.month} is not over yet; close it from the 1st of the next month`,
        {
          month: dto.month,
          lastDay: monthRange(dto.month).to,
        },
      );
    const now = this.clock.now();
    const saved = await this.ledger.transaction(async (em) => {
      // Changes of the month's records under way finish first, and later ones see the close.
      await this.periods.lockTownshipMonths(em, [`${region.code}|${dto.month}`], true);
      const figures = await this.stats.monthlyFigures(caller, region, dto.month, em);
      const withRecords = hasRecords(figures.totals);
      if (withRecords && dto.zeroReport)
        throw new AppError(
          StatsErrors.PERIOD_HAS_RECORDS,
          `${region.name} has records in ${dto.month}: close it as a report with figures, not as 零上报`,
          { regionCode: region.code, month: dto.month },
        );
      if (!withRecords && !dto.zeroReport)
        throw new AppError(
          StatsErrors.PERIOD_ZERO_REPORT_REQUIRED,
          `${region.name} has no record in ${dto.month}: close it as 零上报 explicitly (zeroReport: true)`,
          { regionCode: region.code, month: dto.month },
        );
      const period = await this.periods.insert(em, {
        regionCode: region.code,
        month: dto.month,
        status: withRecords ? 'closed' : 'zero',
        closedAt: now,
        closedBy: caller.id,
      });
      if (!period) {
        const existing = await this.periods.find(region.code, dto.month, em);
        throw new AppError(
          StatsErrors.PERIOD_ALREADY_CLOSED,
          `${region.name} has closed ${dto.month} already`,
          {
            regionCode: region.code,
            month: dto.month,
            version: existing?.version ?? null,
          },
        );
      }
      await this.periods.insertVersion(em, {
        periodId: period.id,
        version: 1,
        status: period.status,
        reason: null,
        figures: figures as unknown as Record<string, unknown>,
        createdAt: now,
        createdBy: caller.id,
      });
      await this.ledger.record(em, PERIOD, {
        action: period.status === 'zero' ? 'zero_report' : 'close',
        before: null,
        after: period,
      });
      return period;
    });
    return toPeriodResponse(saved);
  }

  async list(caller: Caller, q: ListPeriodsQuery): Promise<PeriodsPageResponse> {
    const region = await this.stats.region(caller, q.regionCode);
    const { page, pageSize, offset } = pageWindow(q);
    const { rows, total, counts } = await this.periods.townships(region.code, q.month, {
      status: q.status,
      offset,
      limit: pageSize,
    });
    return {
      regionCode: region.code,
      month: q.month,
      items: rows.map((r) => ({ ...r, closedAt: r.closedAt ? r.closedAt.toISOString() : null })),
      total,
      page,
      pageSize,
      counts,
    };
  }

  /**
   * The change ledger's hook for each counted kind (subscribed after the statistics' own, so that an
   * amendment's figures are read once the counters have moved): a change that touches a closed
   * township-month is refused to lawyers and makes an official's amendment. Residents' and the
   * system's changes (a rating, a booking's no-show) move the live figures without a version.
   */
  async onChange<T>(source: StatsSource<T>, change: Change<T>, em: EntityManager): Promise<void> {
    const before = change.before ? source.facts(change.before) : [];
    const after = change.after ? source.facts(change.after) : [];
    const wholeRecord = source.kind.name === 'service_log' || source.kind.name === 'workshop';
    const keys = touchedTownshipMonths(before, after, wholeRecord, this.clock.today().slice(0, 7));
    if (!keys.length) return;
    // Each township-month is locked and looked up once per transaction (an import's rows share a few).
    let checked = this.checked.get(em);
    if (!checked) this.checked.set(em, (checked = new Map()));
    const unchecked = keys.filter((k) => !checked.has(k));
    if (unchecked.length) {
      await this.periods.lockTownshipMonths(em, unchecked, false);
      const found = new Map(
        (await this.periods.findClosed(em, unchecked)).map((p) => [`${p.regionCode}|${p.month}`, p]),
      );
      for (const k of unchecked) checked.set(k, found.get(k) ?? null);
    }
    const closed = keys.map((k) => checked.get(k)).filter((p): p is PeriodRecord => !!p);
    if (!closed.length) return;
    // The ledger's changes carry no caller; the request's signed-in actor is who makes this one.
    const actor = RequestContext.current()?.principal;
    if (actor?.kind !== 'staff') return;
    if (!hasRole(actor, 'official'))
      throw new AppError(
        StatsErrors.PERIOD_CLOSED,
        'The month is closed (月结) for its township: ask an official to correct it',
        { periods: closed.map((p) => ({ regionCode: p.regionCode, month: p.month, version: p.version })) },
      );
    const reason =
      typeof change.note?.reason === 'string' && change.note.reason
        ? change.note.reason
        : `${source.kind.name} ${change.action}`;
    let open = this.amending.get(em);
    if (!open) {
      const amendments = new Map<string, Amendment>();
      this.amending.set(em, amendments);
      this.ledger.beforeCommit(em, () => this.amend(em, amendments));
      open = amendments;
    }
    for (const period of closed) {
      const a = open.get(period.id) ?? { period, by: actor, reasons: [] };
      if (!a.reasons.includes(reason)) a.reasons.push(reason);
      open.set(period.id, a);
    }
  }

  /** Each amended township-month's next version, with its figures as they now stand (this transaction's). */
  private async amend(em: EntityManager, amendments: Map<string, Amendment>): Promise<void> {
    const now = this.clock.now();
    for (const { period, by, reasons } of amendments.values()) {
      const locked = await this.periods.findForUpdate(em, period.id);
      const region = await this.regions.getByCode(locked.regionCode);
      const figures: MonthlyFigures = await this.stats.monthlyFigures(by, region, locked.month, em);
      const version = locked.version + 1;
      const status = hasRecords(figures.totals) ? 'closed' : 'zero';
      const reason = reasons.join('; ').slice(0, 500);
      await this.periods.insertVersion(em, {
        periodId: locked.id,
        version,
        status,
        reason,
        figures: figures as unknown as Record<string, unknown>,
        createdAt: now,
        createdBy: by.id,
      });
      const updated = await this.periods.updateVersion(em, locked.id, { version, status, amendedAt: now });
      await this.ledger.record(em, PERIOD, {
        action: 'amend',
        before: locked,
        after: updated,
        note: { reason, version },
      });
    }
  }
}
