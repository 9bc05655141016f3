import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { type Caller, jurisdictionSql, regionRange } from '@app/core';
import type { ImportKind } from './import-kinds';

/** An `import_batch` row. */
export interface ImportBatchRow {
  id: string;
  kind: ImportKind;
  region_code: string;
  file_name: string | null;
  content_hash: string;
  row_count: number;
  first_date: string;
  last_date: string;
  created_by: string;
  created_at: Date;
  withdrawn_at: Date | null;
  withdrawn_by: string | null;
  withdraw_reason: string | null;
}

const COLUMNS = `b.id, b.kind, b.region_code, b.file_name, b.content_hash, b.row_count,
  to_char(b.first_date, 'YYYY-MM-DD') AS first_date, to_char(b.last_date, 'YYYY-MM-DD') AS last_date,
  b.created_by, b.created_at, b.withdrawn_at, b.withdrawn_by, b.withdraw_reason`;

@Injectable()
export class ImportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The standing import of the same content, if any. */
  async findStandingByHash(kind: ImportKind, contentHash: string): Promise<string | null> {
    const [row]: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM import_batch WHERE kind = $1 AND content_hash = $2 AND withdrawn_at IS NULL`,
      [kind, contentHash],
    );
    return row?.id ?? null;
  }

  /** Which of these row fingerprints a standing import already holds, with that import's id. */
  async findTakenFingerprints(kind: ImportKind, fingerprints: string[]): Promise<Map<string, string>> {
    if (!fingerprints.length) return new Map();
    const rows: { fingerprint: string; import_id: string }[] = await this.dataSource.query(
      `SELECT fingerprint, import_id FROM import_row WHERE kind = $1 AND fingerprint = ANY($2::char(64)[])`,
      [kind, fingerprints],
    );
    return new Map(rows.map((r) => [r.fingerprint, r.import_id]));
  }

  async insert(
    batch: Omit<ImportBatchRow, 'withdrawn_at' | 'withdrawn_by' | 'withdraw_reason'>,
    fingerprints: string[],
    em: EntityManager,
  ): Promise<void> {
    await em.query(
      `INSERT INTO import_batch (id, kind, region_code, file_name, content_hash, row_count, first_date, last_date,
         created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        batch.id,
        batch.kind,
        batch.region_code,
        batch.file_name,
        batch.content_hash,
        batch.row_count,
        batch.first_date,
        batch.last_date,
        batch.created_by,
        batch.created_at,
      ],
    );
    await em.query(
      `INSERT INTO import_row (import_id, kind, fingerprint) SELECT $1, $2, f FROM unnest($3::char(64)[]) AS f`,
      [batch.id, batch.kind, fingerprints],
    );
  }

  /** One import in the caller's jurisdiction, locked for the rest of the transaction. */
  async findForUpdate(caller: Caller, id: string, em: EntityManager): Promise<ImportBatchRow | null> {
    const scope = jurisdictionSql(caller, 'b.region_code', 2);
    const [row]: ImportBatchRow[] = await em.query(
      `SELECT ${COLUMNS} FROM import_batch b WHERE b.id = $1 AND ${scope.sql} FOR UPDATE`,
      [id, ...scope.params],
    );
    return row ?? null;
  }

  /** Marks an import withdrawn and frees its rows' fingerprints (they may be imported again). */
  async withdraw(
    id: string,
    by: string,
    reason: string,
    at: Date,
    em: EntityManager,
  ): Promise<ImportBatchRow> {
    await em.query(`DELETE FROM import_row WHERE import_id = $1`, [id]);
    // An UPDATE … RETURNING answers [rows, affected count] through TypeORM's postgres driver.
    const [[row]]: [ImportBatchRow[], number] = await em.query(
      `UPDATE import_batch b SET withdrawn_at = $2, withdrawn_by = $3, withdraw_reason = $4 WHERE b.id = $1
       RETURNING ${COLUMNS}`,
      [id, at, by, reason],
    );
    return row;
  }

  /** The imports of a region in the caller's jurisdiction, newest first. */
  async findPage(
    caller: Caller,
    f: { regionCode?: string; offset: number; limit: number },
  ): Promise<[ImportBatchRow[], number]> {
    const scope = jurisdictionSql(caller, 'b.region_code', 1);
    const where = [scope.sql];
    const params = [...scope.params];
    if (f.regionCode) {
      const { from, to } = regionRange(f.regionCode);
      params.push(from, to);
      where.push(`b.region_code >= $${params.length - 1} AND b.region_code < $${params.length}`);
    }
    const sql = where.join(' AND ');
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM import_batch b WHERE ${sql}`,
      params,
    );
    const rows: ImportBatchRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM import_batch b WHERE ${sql} ORDER BY b.created_at DESC, b.id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, f.limit, f.offset],
    );
    return [rows, total];
  }
}
