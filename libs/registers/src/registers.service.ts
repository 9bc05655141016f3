import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import {
  AppError,
  assertInJurisdiction,
  Clock,
  monthRange,
  type Principal,
  XLSX_TYPE,
  type DownloadNames,
} from '@app/core';
import { LegalAidCasesService } from '@app/legal-aid';
import { RegionsService, ServicePointsService } from '@app/org';
import { DutyShiftsService, WorkingCalendarService } from '@app/roster';
import { ServiceLogsService, WorkshopsService } from '@app/worklog';
import type { DutyRosterResponse, RegisterKind, RegisterQuery } from './dto/register.query';
import { RegistersErrors } from './registers.errors';
import { dutyTable } from './rules/duty-table';
import { registerPeriod } from './rules/register-period';
import { dutyRosterWorkbook } from './workbook/duty-roster-workbook';
import {
  contractReviewColumns,
  legalAidColumns,
  type RegisterNames,
  serviceLogColumns,
  workshopColumns,
} from './workbook/register-columns';
import { type RegisterColumn, registerWorkbook } from './workbook/register-workbook';

/** The most records one register file holds; a longer register is asked for by shorter periods. */
export const MAX_REGISTER_ROWS = 20_000;

/** A file to hand out. */
export interface RegisterFile extends DownloadNames {
  body: Buffer;
  contentType: string;
}

/** What each register is called, its sheet, and the entity its rows are (for the audit trail). */
const REGISTERS: Record<RegisterKind, { name: string; entityType: string }> = {
  service_logs: { name: '工作日志', entityType: 'service_log' },
  legal_aid_cases: { name: '法律援助案件台账', entityType: 'legal_aid_case' },
  workshops: { name: '法治讲座台账', entityType: 'workshop' },
  contract_reviews: { name: '合同审核台账', entityType: 'service_log' },
};

const stamp = (d: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);

/** A register's records, read, before they become a file. */
interface Built {
  /** How many records the period holds (none are read beyond MAX_REGISTER_ROWS). */
  total: number;
  /** How many were read. */
  count: number;
  /** The records whose personal data the file shows, and those shown in full. */
  personal?: { ids: string[]; revealed: string[]; fields: string[] };
  write: (sheetName: string, title: string, footer: string) => Promise<Buffer>;
}

function built<R>(
  total: number,
  rows: R[],
  columns: RegisterColumn<R>[],
  personal?: Built['personal'],
): Built {
  return {
    total,
    count: rows.length,
    personal,
    write: (sheetName, title, footer) => registerWorkbook(sheetName, title, columns, rows, footer),
  };
}

/**
 * The registers (台账) of a region and period as workbooks: 工作日志, 法律援助案件台账, 法治讲座台账 and
 * 合同审核台账, one row per record in the caller's view (officials their jurisdiction, a lawyer their own
 * records), personal data masked unless revealed, every export in the audit trail; and a township's
 * month of duty (值班表) to print and post.
 */
@Injectable()
export class RegistersService {
  constructor(
    private readonly logs: ServiceLogsService,
    private readonly workshops: WorkshopsService,
    private readonly cases: LegalAidCasesService,
    private readonly shifts: DutyShiftsService,
    private readonly calendar: WorkingCalendarService,
    private readonly points: ServicePointsService,
    private readonly regions: RegionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async register(caller: Principal, kind: RegisterKind, q: RegisterQuery): Promise<RegisterFile> {
    const period = registerPeriod(q);
    const regionCode = q.regionCode ?? caller.regionCode ?? '';
    const region = await this.regions.getByCode(regionCode);
    // A region the caller governs (403 outside); within it a lawyer's register holds their own records.
    assertInJurisdiction(caller, region.code);
    const filter = { regionCode: region.code, from: period.from, to: period.to };
    const reveal = q.reveal === 'true';

    const records = await this.build(caller, kind, filter, reveal);
    if (records.total > MAX_REGISTER_ROWS)
      throw new AppError(
        RegistersErrors.REGISTER_TOO_LARGE,
        `The register holds ${records.total} records, more than ${MAX_REGISTER_ROWS} in one file; ask for a shorter period`,
        { rows: records.total, max: MAX_REGISTER_ROWS },
      );
    const { name, entityType } = REGISTERS[kind];
    // Recorded before the file leaves, so that no export goes unrecorded.
    await this.audit.recordAlone({
      action: 'export.register',
      entityType,
      regionCode: region.code,
      note: {
        register: kind,
        from: period.from,
        to: period.to,
        rows: records.count,
        reveal,
        ...(records.personal ?? {}),
      },
    });
    const title = `${region.name}${name}(${period.label})`;
    const footer = `共${records.count}条 · ${caller.name}导出于${stamp(this.clock.now())} · 乡村公共法律服务平台`;
    return {
      body: await records.write(name, title, footer),
      contentType: XLSX_TYPE,
      filename: `${title}.xlsx`,
      asciiFilename: `register-${kind}-${region.code}-${period.key}.xlsx`,
    };
  }

  private async build(
    caller: Principal,
    kind: RegisterKind,
    filter: { regionCode: string; from: string; to: string },
    reveal: boolean,
  ): Promise<Built> {
    switch (kind) {
      case 'service_logs':
      case 'contract_reviews': {
        const type = kind === 'contract_reviews' ? 'contract_review' : undefined;
        const { total, items } = await this.logs.forRegister(caller, { ...filter, type }, MAX_REGISTER_ROWS);
        const names = await this.names(items.map((r) => r.servicePointId));
        const columns = kind === 'contract_reviews' ? contractReviewColumns(names) : serviceLogColumns(names);
        return built(total, items, columns);
      }
      case 'workshops': {
        const { total, items } = await this.workshops.forRegister(caller, filter, MAX_REGISTER_ROWS);
        const names = await this.names(items.map((r) => r.servicePointId));
        return built(total, items, workshopColumns(names));
      }
      case 'legal_aid_cases': {
        const { total, items } = await this.cases.forRegister(caller, filter, MAX_REGISTER_ROWS, reveal);
        const names = await this.names(items.map((r) => r.servicePointId));
        const personal = {
          ids: items.map((r) => r.id),
          revealed: items.filter((r) => r.revealed).map((r) => r.id),
          fields: ['applicant.name', 'applicant.phone', 'applicant.idNumber', 'summary'],
        };
        return built(total, items, legalAidColumns(names), personal);
      }
    }
  }

  private async names(pointIds: string[]): Promise<RegisterNames> {
    return { points: await this.points.namesOf(pointIds) };
  }

  /**
   * A township's month of published duty (值班表): one row per day, one column per point with duty,
   * the lawyers' names and hours, and the township office's phone.
   */
  async dutyRoster(caller: Principal, regionCode: string, month: string): Promise<DutyRosterResponse> {
    const region = await this.regions.getByCode(regionCode);
    assertInJurisdiction(caller, region.code);
    if (region.code.length !== 9)
      throw new AppError(RegistersErrors.DUTY_ROSTER_NOT_A_TOWNSHIP, 'The duty roster is a township’s', {
        regionCode,
      });
    const { from, to } = monthRange(month);
    const [shifts, points, days] = await Promise.all([
      this.shifts.list(caller, { regionCode, from, to }),
      this.points.listActive(caller, { regionCode }),
      this.calendar.days(from, to, regionCode),
    ]);
    // What the public may rely on: the published duty, cancelled shifts left out.
    const published = await this.shifts.respond(shifts.filter((s) => s.published && s.status === 'planned'));
    const centre = points.find((p) => p.kind === 'township_center');
    const m = Number(month.slice(5, 7));
    return {
      regionCode: region.code,
      regionName: region.name,
      month,
      title: `${region.name}公共法律服务值班表(${month.slice(0, 4)}年${m}月)`,
      phone: centre?.phone ?? null,
      ...dutyTable(from, to, points, published, days),
    };
  }

  /** The duty roster as a workbook to print and post at the window. */
  async dutyRosterFile(caller: Principal, regionCode: string, month: string): Promise<RegisterFile> {
    const roster = await this.dutyRoster(caller, regionCode, month);
    return {
      body: await dutyRosterWorkbook(roster.title, roster, roster.phone),
      contentType: XLSX_TYPE,
      filename: `${roster.title}.xlsx`,
      asciiFilename: `duty-roster-${roster.regionCode}-${month}.xlsx`,
    };
  }
}
