import type { Client } from 'pg';

/** What `bulkLoad` took away, to put back after the load. */
export interface BulkLoad {
  /** The tables that were empty, whose indexes were dropped. */
  tables: string[];
  /** Rebuilds the dropped indexes and keys of these tables; returns how many. */
  restore(tables: string[]): Promise<number>;
}

interface Dropped {
  table: string;
  drop: string;
  create: string;
}

/**
 * Inside the caller's transaction, drops the secondary indexes, unique constraints and primary keys
 * (those no foreign key refers to) of each of `tables` that is empty, so that millions of rows go in
 * without updating them row by row: building an index once over the loaded table is several times
 * faster. Exclusion constraints and referenced keys stay. `restore` recreates each exactly as it was
 * (`pg_get_indexdef`, `pg_get_constraintdef`); a rollback puts them back too.
 */
export async function bulkLoad(client: Client, tables: string[]): Promise<BulkLoad> {
  const dropped: Dropped[] = [];
  const emptied: string[] = [];
  for (const table of tables) {
    const { rows: any } = await client.query(`SELECT 1 FROM ${table} LIMIT 1`);
    if (any.length) continue;
    emptied.push(table);
    const { rows } = await client.query<{ index: string; constraint: string | null; def: string }>(
      `SELECT i.indexrelid::regclass::text AS index, c.conname AS constraint,
              coalesce(pg_get_constraintdef(c.oid), pg_get_indexdef(i.indexrelid)) AS def
         FROM pg_index i
         LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype <> 'f'
        WHERE i.indrelid = $1::regclass
          AND (c.oid IS NULL OR c.contype IN ('p', 'u'))
          AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = i.indexrelid)
        ORDER BY i.indexrelid`,
      [table],
    );
    for (const r of rows)
      dropped.push(
        r.constraint
          ? {
              table,
              drop: `ALTER TABLE ${table} DROP CONSTRAINT "${r.constraint}"`,
              create: `ALTER TABLE ${table} ADD CONSTRAINT "${r.constraint}" ${r.def}`,
            }
          : { table, drop: `DROP INDEX ${r.index}`, create: r.def },
      );
  }
  for (const d of dropped) await client.query(d.drop);
  return {
    tables: emptied,
    async restore(only: string[]) {
      const due = dropped.filter((d) => only.includes(d.table));
      for (const d of due) await client.query(d.create);
      return due.length;
    },
  };
}
