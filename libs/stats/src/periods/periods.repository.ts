import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { regionRange } from '@app/core';
import type { PeriodRecord } from './period.records';

/** The figures a version keeps: the township-month's statistics answer at that version. */
export type PeriodFigures = Record<string, unknown>;

export interface PeriodVersionRow {
  version: number;
  status: 'closed' | 'zero';
  reason: string | null;
  figures: PeriodFigures;
  createdAt: Date;
}

/** A township with its period of a month, open when it has none. */
export interface TownshipPeriodRow {
  regionCode: string;
  name: string;
  status: 'open' | 'closed' | 'zero';
  version: number | null;
  closedAt: Date | null;
}

interface PeriodRow {
  id: string;
  region_code: string;
  month: string;
  status: 'closed' | 'zero';
  version: number;
  closed_at: Date;
  closed_by: string;
  amended_at: Date | null;
}

const COLUMNS = `id, region_code, to_char(month, 'YYYY-MM') AS month, status, version, closed_at, closed_by, amended_at`;

function toRecord(r: PeriodRow): PeriodRecord {
  return {
    id: r.id,
    regionCode: r.region_code,
    month: r.month,
    status: r.status,
    version: r.version,
    closedAt: r.closed_at,
    closedBy: r.closed_by,
    amendedAt: r.amended_at,
  };
}

// Namespace of the transaction-scoped advisory locks on a township-month (see `lockTownshipMonths`).
const PERIOD_LOCK_SEED = 7_919;

/** Every query of the month-end close. */
@Injectable()
export class PeriodsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Locks township-months for this transaction: `exclusive` for the close, shared for a change of a
   * record of the month. A close thus waits for the changes under way and they for it, so a record
   * never lands in a month between its check and the close's figures.
   */
  async lockTownshipMonths(em: EntityManager, keys: string[], exclusive: boolean): Promise<void> {
    if (!keys.length) return;
    const fn = exclusive ? 'pg_advisory_xact_lock' : 'pg_advisory_xact_lock_shared';
    await em.query(
      `SELECT ${fn}(hashtextextended(k, ${PERIOD_LOCK_SEED}))
         FROM (SELECT DISTINCT k FROM unnest($1::text[]) AS k ORDER BY k) AS sorted`,
      [keys],
    );
  }

  /** The closed periods among township-months (`township|YYYY-MM` keys). */
  async findClosed(em: EntityManager, keys: string[]): Promise<PeriodRecord[]> {
    if (!keys.length) return [];
    const rows: PeriodRow[] = await em.query(
      `SELECT ${COLUMNS} FROM period
        WHERE (region_code || '|' || to_char(month, 'YYYY-MM')) = ANY($1::text[])
        ORDER BY region_code, month`,
      [keys],
    );
    return rows.map(toRecord);
  }

  async find(regionCode: string, month: string, em?: EntityManager): Promise<PeriodRecord | null> {
    const rows: PeriodRow[] = await (em ?? this.dataSource.manager).query(
      `SELECT ${COLUMNS} FROM period WHERE region_code = $1 AND month = $2::date`,
      [regionCode, `${month}-01`],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async findForUpdate(em: EntityManager, id: string): Promise<PeriodRecord> {
    const rows: PeriodRow[] = await em.query(`SELECT ${COLUMNS} FROM period WHERE id = $1 FOR UPDATE`, [id]);
    return toRecord(rows[0]);
  }

  /** Inserts the close; null when the township's month is closed already. */
  async insert(
    em: EntityManager,
    p: { regionCode: string; month: string; status: 'closed' | 'zero'; closedAt: Date; closedBy: string },
  ): Promise<PeriodRecord | null> {
    const rows: PeriodRow[] = await em.query(
      `INSERT INTO period (region_code, month, status, version, closed_at, closed_by)
       VALUES ($1, $2::date, $3, 1, $4, $5)
       ON CONFLICT (region_code, month) DO NOTHING
       RETURNING ${COLUMNS}`,
      [p.regionCode, `${p.month}-01`, p.status, p.closedAt, p.closedBy],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async updateVersion(
    em: EntityManager,
    id: string,
    p: { version: number; status: 'closed' | 'zero'; amendedAt: Date },
  ): Promise<PeriodRecord> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [rows]: [PeriodRow[], number] = await em.query(
      `UPDATE period SET version = $2, status = $3, amended_at = $4 WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, p.version, p.status, p.amendedAt],
    );
    return toRecord(rows[0]);
  }

  async insertVersion(
    em: EntityManager,
    v: {
      periodId: string;
      version: number;
      status: 'closed' | 'zero';
      reason: string | null;
      figures: PeriodFigures;
      createdAt: Date;
      createdBy: string | null;
    },
  ): Promise<void> {
    await em.query(
      `INSERT INTO period_version (period_id, version, status, reason, figures, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)`,
      [v.periodId, v.version, v.status, v.reason, JSON.stringify(v.figures), v.createdAt, v.createdBy],
    );
  }

  async findVersion(periodId: string, version: number): Promise<PeriodVersionRow | null> {
    const rows: {
      version: number;
      status: 'closed' | 'zero';
      reason: string | null;
      figures: PeriodFigures;
      created_at: Date;
    }[] = await this.dataSource.query(
      `SELECT version, status, reason, figures, created_at FROM period_version WHERE period_id = $1 AND version = $2`,
      [periodId, version],
    );
    const r = rows[0];
    return r
      ? {
          version: r.version,
          status: r.status,
          reason: r.reason,
          figures: r.figures,
          createdAt: r.created_at,
        }
      : null;
  }

  /**
   * The townships under `prefix` (the region itself when it is one) with their period of `month`,
   * in code order; `status` filters (e.g. `open`: the townships behind on closing).
   */
  async townships(
    prefix: string,
    month: string,
    opts: { status?: 'open' | 'closed' | 'zero'; offset: number; limit: number },
  ): Promise<{
    rows: TownshipPeriodRow[];
    total: number;
    counts: Record<'open' | 'closed' | 'zero', number>;
  }> {
    const { from, to } = regionRange(prefix);
    const rows: {
      region_code: string;
      name: string;
      status: 'open' | 'closed' | 'zero';
      version: number | null;
      closed_at: Date | null;
      total: string;
    }[] = await this.dataSource.query(
      `WITH t AS (
         SELECT r.code AS region_code, r.name, coalesce(p.status, 'open') AS status, p.version, p.closed_at
           FROM region r
           LEFT JOIN period p ON p.region_code = r.code AND p.month = $3::date
          WHERE r.level = 'township' AND r.code >= $1 AND r.code < $2)
       SELECT t.*, count(*) OVER () AS total FROM t
        WHERE $4::text IS NULL OR t.status = $4
        ORDER BY t.region_code OFFSET $5 LIMIT $6`,
      [from, to, `${month}-01`, opts.status ?? null, opts.offset, opts.limit],
    );
    const countRows: { status: 'open' | 'closed' | 'zero'; n: string }[] = await this.dataSource.query(
      `SELECT coalesce(p.status, 'open') AS status, count(*) AS n
         FROM region r LEFT JOIN period p ON p.region_code = r.code AND p.month = $3::date
        WHERE r.level = 'township' AND r.code >= $1 AND r.code < $2
        GROUP BY 1`,
      [from, to, `${month}-01`],
    );
    const counts = { open: 0, closed: 0, zero: 0 };
    for (const c of countRows) counts[c.status] = Number(c.n);
    return {
      rows: rows.map((r) => ({
        regionCode: r.region_code,
        name: r.name,
        status: r.status,
        version: r.version,
        closedAt: r.closed_at,
      })),
      total: rows.length
        ? Number(rows[0].total)
        : opts.status
          ? counts[opts.status]
          : counts.open + counts.closed + counts.zero,
      counts,
    };
  }
}
