import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ChangeLedger } from '@app/audit';
import { AppError, Clock, isPgError, type Page, pageWindow, type Principal } from '@app/core';
import { LegalAidImportsService } from '@app/legal-aid';
import { ServicePointsService, StaffService } from '@app/org';
import { type ImportBatchRef, WorklogImportsService } from '@app/worklog';
import type { ImportBatchResponse, ImportResponse, ImportWithdrawalResponse } from './dto/import.dto';
import { COLUMNS, importKindOf, type ImportKind } from './import-kinds';
import { ImportsErrors } from './imports.errors';
import { type ImportBatchRow, ImportsRepository } from './imports.repository';
import {
  type CheckContext,
  type CheckedLegalAidCase,
  type CheckedRow,
  type CheckedServiceLog,
  type CheckedWorkshop,
  checkRows,
  dayRange,
  type LawyerRef,
  type RawRow,
} from './rules/check-rows';
import { rowFingerprints } from './rules/fingerprint';
import {
  buildTemplate,
  MAX_IMPORT_ROWS,
  readWorkbook,
  type WorkbookProblem,
} from './workbook/import-workbook';

/** What `POST /imports` was given: an xlsx upload, or JSON rows. */
export interface ImportInput {
  kind: unknown;
  dryRun: boolean;
  file?: { bytes: Buffer; name: string | null };
  rows?: unknown;
}

/** An xlsx the API hands out. */
export interface TemplateFile {
  body: Buffer;
  filename: string;
  asciiFilename: string;
}

/** JSON rows' fields as the create bodies name them → the template's fields. */
const JSON_FIELDS: Record<ImportKind, Record<string, string>> = {
  service_logs: { servicePointId: 'servicePoint', lawyerId: 'lawyer', lawyerName: 'lawyer' },
  workshops: { servicePointId: 'servicePoint', lecturerId: 'lecturer', lecturerName: 'lecturer' },
  legal_aid_cases: { servicePointId: 'servicePoint', lawyerId: 'lawyer', lawyerName: 'lawyer' },
};

const TEMPLATE_NAMES: Record<ImportKind, string> = {
  service_logs: '工作日志导入模板',
  workshops: '法治讲座导入模板',
  legal_aid_cases: '法律援助案件导入模板',
};

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

function toBatchResponse(b: ImportBatchRow): ImportBatchResponse {
  return {
    id: b.id,
    kind: b.kind,
    regionCode: b.region_code,
    fileName: b.file_name,
    contentHash: b.content_hash,
    rows: b.row_count,
    firstDate: b.first_date,
    lastDate: b.last_date,
    createdBy: b.created_by,
    createdAt: b.created_at.toISOString(),
    withdrawnAt: b.withdrawn_at?.toISOString() ?? null,
    withdrawReason: b.withdraw_reason,
  };
}

/**
 * Imports of past records (an official's 工作日志, lecture register and legal-aid ledger): a template
 * per kind, a dry run that answers every row's problems, a commit that writes all rows or none in one
 * transaction with the statistics moved in it, refusal of the same file or rows again, and the
 * withdrawal of a whole import.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly imports: ImportsRepository,
    private readonly points: ServicePointsService,
    private readonly staff: StaffService,
    private readonly worklog: WorklogImportsService,
    private readonly legalAid: LegalAidImportsService,
    private readonly ledger: ChangeLedger,
    private readonly clock: Clock,
  ) {}

  /** The xlsx template of a kind, its drop-downs filled with the caller's service points and lawyers. */
  async template(caller: Principal, kindPath: string): Promise<TemplateFile> {
    const kind = importKindOf(kindPath);
    if (!kind)
      throw new AppError(ImportsErrors.IMPORT_TEMPLATE_NOT_FOUND, `No import template ${kindPath}`, {
        kind: kindPath,
      });
    const region = this.writableRegion(caller);
    const [points, lawyers] = await Promise.all([
      this.points.listActive(caller, {}),
      this.staff.lawyersUnder(region.slice(0, 6)),
    ]);
    const body = await buildTemplate(kind, {
      points: points.map((p) => p.name),
      lawyers: [
        ...new Set(lawyers.filter((l) => l.regionCode.startsWith(region) || l.namedOnly).map((l) => l.name)),
      ],
    });
    return {
      body,
      filename: `${TEMPLATE_NAMES[kind]}.xlsx`,
      asciiFilename: `import-template-${kind}.xlsx`,
    };
  }

  /** A dry run (every row's problems, nothing written) or a commit (every row or none). */
  async run(caller: Principal, input: ImportInput): Promise<ImportResponse> {
    const region = this.writableRegion(caller);
    const kind = typeof input.kind === 'string' ? importKindOf(input.kind) : null;
    if (!kind)
      throw new AppError(
        ImportsErrors.IMPORT_BAD_REQUEST,
        'kind must be service_logs, workshops or legal_aid_cases',
        {
          kind: input.kind ?? null,
        },
      );
    const { raw, contentHash, fileName } = input.file
      ? await this.fromFile(kind, input.file)
      : this.fromJson(kind, input.rows);
    const { rows, problems } = checkRows(kind, raw, await this.context(caller, region));
    const fingerprints = rowFingerprints(kind, rows);
    await this.refuseDuplicates(kind, contentHash, rows, fingerprints);
    const named = [
      ...new Set(
        rows.flatMap((r) => this.lawyersOf(r).flatMap((l) => ('lawyerName' in l ? [l.lawyerName] : []))),
      ),
    ];
    const days = rows.length ? dayRange(rows) : null;
    const answer: ImportResponse = {
      id: null,
      kind,
      dryRun: input.dryRun,
      rows: raw.length,
      accepted: rows.length,
      rejected: problems,
      committed: false,
      namedLawyers: named,
      firstDate: days?.first ?? null,
      lastDate: days?.last ?? null,
    };
    if (input.dryRun) return answer;
    if (problems.length)
      throw new AppError(
        ImportsErrors.IMPORT_ROWS_INVALID,
        `${new Set(problems.map((p) => p.row)).size} row(s) fail their checks; nothing was imported`,
        { rejected: problems },
      );
    const id = await this.commit(caller, region, kind, rows, fingerprints, { contentHash, fileName });
    return { ...answer, id, committed: true };
  }

  /** Voids every record of the import (the counters move back with them), audited; the import stays listed as withdrawn. */
  async withdraw(caller: Principal, id: string, reason = '撤回导入'): Promise<ImportWithdrawalResponse> {
    this.writableRegion(caller);
    const now = this.clock.now();
    return this.ledger.transaction(async (em) => {
      const batch = await this.imports.findForUpdate(caller, id, em);
      if (!batch) throw new AppError(ImportsErrors.IMPORT_NOT_FOUND, 'Import not found', { id });
      if (batch.withdrawn_at)
        throw new AppError(ImportsErrors.IMPORT_ALREADY_WITHDRAWN, 'This import was withdrawn already', {
          id,
          withdrawnAt: batch.withdrawn_at.toISOString(),
        });
      const ref: ImportBatchRef = {
        importId: batch.id,
        regionCode: batch.region_code,
        note: { kind: batch.kind, reason, rows: batch.row_count, contentHash: batch.content_hash },
      };
      const voided =
        batch.kind === 'service_logs'
          ? await this.worklog.voidServiceLogs(caller, em, ref, reason, now)
          : batch.kind === 'workshops'
            ? await this.worklog.voidWorkshops(caller, em, ref, reason, now)
            : await this.legalAid.voidCases(caller, em, ref, reason, now);
      const row = await this.imports.withdraw(batch.id, caller.id, reason, now, em);
      return { ...toBatchResponse(row), voided };
    });
  }

  async list(
    caller: Principal,
    q: { regionCode?: string; page?: number; pageSize?: number },
  ): Promise<Page<ImportBatchResponse>> {
    const { page, pageSize, offset } = pageWindow(q);
    const [rows, total] = await this.imports.findPage(caller, {
      regionCode: q.regionCode,
      offset,
      limit: pageSize,
    });
    return { items: rows.map(toBatchResponse), total, page, pageSize };
  }

  /** The region an official writes in: a county or township (city and province officials read only). */
  private writableRegion(caller: Principal): string {
    const region = caller.regionCode;
    if (!region || region.length < 6)
      throw new AppError(ImportsErrors.IMPORT_READ_ONLY, 'Officials of a city or province read only', {
        regionCode: region,
      });
    return region;
  }

  private async fromFile(
    kind: ImportKind,
    file: { bytes: Buffer; name: string | null },
  ): Promise<{ raw: RawRow[]; contentHash: string; fileName: string | null }> {
    const read = await readWorkbook(kind, file.bytes);
    if ('code' in read) throw this.workbookError(kind, read);
    return { raw: read.rows, contentHash: sha256(file.bytes), fileName: file.name?.slice(0, 255) ?? null };
  }

  private workbookError(kind: ImportKind, p: WorkbookProblem): AppError {
    switch (p.code) {
      case 'NOT_XLSX':
        return new AppError(ImportsErrors.IMPORT_NOT_XLSX, '上传的文件不是xlsx工作簿');
      case 'WRONG_TEMPLATE':
        return new AppError(
          ImportsErrors.IMPORT_WRONG_TEMPLATE,
          p.kindOfFile ? `这是“${p.kindOfFile}”的模板,不是“${kind}”的模板` : `表头与“${kind}”的模板不符`,
          { kind, kindOfFile: p.kindOfFile, expected: COLUMNS[kind].map((c) => c.header) },
        );
      case 'UNKNOWN_COLUMNS':
        return new AppError(ImportsErrors.IMPORT_UNKNOWN_COLUMNS, `未知的列:${p.columns.join('、')}`, {
          columns: p.columns,
          expected: COLUMNS[kind].map((c) => c.header),
        });
      case 'MISSING_COLUMNS':
        return new AppError(ImportsErrors.IMPORT_MISSING_COLUMNS, `缺少必填列:${p.columns.join('、')}`, {
          columns: p.columns,
        });
      case 'TOO_MANY_ROWS':
        return new AppError(
          ImportsErrors.IMPORT_TOO_MANY_ROWS,
          `一次最多导入${MAX_IMPORT_ROWS}行,文件有${p.rows}行`,
          { rows: p.rows, max: MAX_IMPORT_ROWS },
        );
      case 'NO_ROWS':
        return new AppError(ImportsErrors.IMPORT_NO_ROWS, '文件中没有数据行');
    }
  }

  /** JSON rows as the sheet's rows: the create bodies' field names mapped to the template's fields. */
  private fromJson(kind: ImportKind, rows: unknown): { raw: RawRow[]; contentHash: string; fileName: null } {
    if (!Array.isArray(rows) || !rows.length)
      throw new AppError(
        ImportsErrors.IMPORT_BAD_REQUEST,
        'Send an xlsx `file` (multipart) or a non-empty `rows` list',
      );
    if (rows.length > MAX_IMPORT_ROWS)
      throw new AppError(ImportsErrors.IMPORT_TOO_MANY_ROWS, `一次最多导入${MAX_IMPORT_ROWS}行`, {
        rows: rows.length,
        max: MAX_IMPORT_ROWS,
      });
    const fields = new Set(COLUMNS[kind].map((c) => c.field));
    const rename = JSON_FIELDS[kind];
    const unknown = new Set<string>();
    const raw = rows.map((r, i): RawRow => {
      const values: Record<string, unknown> = {};
      if (typeof r !== 'object' || r === null || Array.isArray(r)) return { row: i + 1, values };
      for (const [key, value] of Object.entries(r as Record<string, unknown>)) {
        if (
          kind === 'legal_aid_cases' &&
          key === 'applicant' &&
          typeof value === 'object' &&
          value !== null
        ) {
          const a = value as Record<string, unknown>;
          for (const [k, f] of [
            ['name', 'applicantName'],
            ['phone', 'phone'],
            ['idNumber', 'idNumber'],
          ] as const)
            values[f] = a[k];
          for (const k of Object.keys(a))
            if (!['name', 'phone', 'idNumber'].includes(k)) unknown.add(`applicant.${k}`);
          continue;
        }
        const field = rename[key] ?? key;
        if (!fields.has(field) || (field !== key && values[field] !== undefined)) unknown.add(key);
        else values[field] = value;
      }
      return { row: i + 1, values };
    });
    if (unknown.size)
      throw new AppError(ImportsErrors.IMPORT_UNKNOWN_COLUMNS, `未知的字段:${[...unknown].join('、')}`, {
        columns: [...unknown],
      });
    return { raw, contentHash: sha256(JSON.stringify({ kind, rows })), fileName: null };
  }

  /** The service points and lawyers the rows may name. */
  private async context(caller: Principal, region: string): Promise<CheckContext> {
    const [own, all, lawyers] = await Promise.all([
      this.points.listActive(caller, {}),
      this.points.listPublic({}),
      this.staff.lawyersUnder(region.slice(0, 6)),
    ]);
    const points = new Map<string, { id: string; regionCode: string }>();
    for (const p of own) {
      points.set(p.id, { id: p.id, regionCode: p.regionCode });
      points.set(p.name, { id: p.id, regionCode: p.regionCode });
    }
    const foreignPoints = new Set(all.flatMap((p) => (points.has(p.id) ? [] : [p.id, p.name])));
    const lawyersByName = new Map<string, string[]>();
    for (const l of lawyers) lawyersByName.set(l.name, [...(lawyersByName.get(l.name) ?? []), l.id]);
    return {
      now: this.clock.now(),
      points,
      foreignPoints,
      lawyersByName,
      lawyerIds: new Set(lawyers.map((l) => l.id)),
    };
  }

  private async refuseDuplicates(
    kind: ImportKind,
    contentHash: string,
    rows: CheckedRow[],
    fingerprints: string[],
  ): Promise<void> {
    const same = await this.imports.findStandingByHash(kind, contentHash);
    if (same)
      throw new AppError(ImportsErrors.IMPORT_DUPLICATE, '同一文件已经导入过', {
        importIds: [same],
        rows: [],
      });
    const taken = await this.imports.findTakenFingerprints(kind, fingerprints);
    if (taken.size) {
      const dup = rows.filter((_, i) => taken.has(fingerprints[i])).map((r) => r.row);
      throw new AppError(ImportsErrors.IMPORT_DUPLICATE, `${dup.length}行已由先前的导入导入过`, {
        importIds: [...new Set(taken.values())],
        rows: dup.slice(0, 1000),
      });
    }
  }

  private lawyersOf(r: CheckedRow): LawyerRef[] {
    const rec = r.record as Partial<CheckedServiceLog & CheckedWorkshop & CheckedLegalAidCase>;
    return [rec.lawyer, rec.lecturer].filter((l): l is LawyerRef => !!l);
  }

  private async commit(
    caller: Principal,
    region: string,
    kind: ImportKind,
    rows: CheckedRow[],
    fingerprints: string[],
    file: { contentHash: string; fileName: string | null },
  ): Promise<string> {
    const id = randomUUID();
    const now = this.clock.now();
    const { first, last } = dayRange(rows);
    const ref: ImportBatchRef = {
      importId: id,
      regionCode: region,
      note: {
        kind,
        rows: rows.length,
        fileName: file.fileName,
        contentHash: file.contentHash,
        firstDate: first,
        lastDate: last,
      },
    };
    const cases = kind === 'legal_aid_cases' ? (rows.map((r) => r.record) as CheckedLegalAidCase[]) : [];
    // Read before the transaction, which then holds the case counters and must not wait for a second connection.
    const workdays = cases.length
      ? await this.legalAid.workdays(
          cases.map((c) => ({
            ...c,
            servicePointId: c.point.id,
            regionCode: c.point.regionCode,
            lawyerId: null,
            amountRecoveredFen: null,
          })),
        )
      : null;
    await this.ledger
      .transaction(async (em) => {
        await this.imports.insert(
          {
            id,
            kind,
            region_code: region,
            file_name: file.fileName,
            content_hash: file.contentHash,
            row_count: rows.length,
            first_date: first,
            last_date: last,
            created_by: caller.id,
            created_at: now,
          },
          fingerprints,
          em,
        );
        const names = [
          ...new Set(
            rows.flatMap((r) => this.lawyersOf(r).flatMap((l) => ('lawyerName' in l ? [l.lawyerName] : []))),
          ),
        ];
        const namedIds = names.length
          ? await this.staff.addNamedLawyers(caller, region, names, em)
          : new Map<string, string>();
        const lawyerId = (l: LawyerRef | null) =>
          !l ? null : 'lawyerId' in l ? l.lawyerId : namedIds.get(l.lawyerName)!;
        if (kind === 'service_logs')
          await this.worklog.insertServiceLogs(
            caller,
            em,
            ref,
            rows.map(({ record }) => {
              const { point, lawyer, ...r } = record as CheckedServiceLog;
              return {
                ...r,
                servicePointId: point.id,
                regionCode: point.regionCode,
                lawyerId: lawyerId(lawyer)!,
              };
            }),
            now,
          );
        else if (kind === 'workshops')
          await this.worklog.insertWorkshops(
            caller,
            em,
            ref,
            rows.map(({ record }) => {
              const { point, lecturer, ...r } = record as CheckedWorkshop;
              return {
                ...r,
                servicePointId: point.id,
                regionCode: point.regionCode,
                lecturerId: lawyerId(lecturer),
              };
            }),
            now,
          );
        else
          await this.legalAid.insertCases(
            caller,
            em,
            ref,
            cases.map(({ point, lawyer, ...r }) => ({
              ...r,
              servicePointId: point.id,
              regionCode: point.regionCode,
              lawyerId: lawyerId(lawyer),
            })),
            workdays!,
            now,
          );
      })
      .catch((err: unknown) => {
        // Two uploads of the same rows racing each other: the unique keys let one through.
        if (isPgError(err, '23505', 'import_row_pkey') || isPgError(err, '23505', 'import_batch_content_key'))
          throw new AppError(ImportsErrors.IMPORT_DUPLICATE, '这些记录正由另一次导入导入', {
            importIds: [],
            rows: [],
          });
        throw err;
      });
    return id;
  }
}
