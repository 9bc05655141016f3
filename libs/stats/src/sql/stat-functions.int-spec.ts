import { Client } from 'pg';
import { useTestDatabase } from '@app/testing';
import { STAT_FUNCTIONS } from './stat-functions';

interface Definition {
  /** Name and argument types, e.g. `stat_counters_add(a jsonb, b jsonb)`. */
  signature: string;
  /** `pg_get_functiondef`, without the schema in front of the name. */
  definition: string;
}

const DEFINITIONS = `
  SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS signature,
         regexp_replace(pg_get_functiondef(p.oid), '^(CREATE OR REPLACE FUNCTION )[^.(]+\\.', '\\1') AS definition
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname = $1 AND p.proname LIKE 'stat\\_%'
   ORDER BY 1`;

/**
 * A definition as statements with every run of whitespace made one space: the layout of the text may
 * differ from the migration's, nothing else. One statement per element, so that a failure shows the
 * statement that differs.
 */
const statements = (definition: string): string[] =>
  definition
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=;) /);

const nameOf = (sql: string) => /FUNCTION\s+(\w+)\s*\(/.exec(sql)![1];

/**
 * The statistics' functions in the migrated schema are the ones `stat-functions.ts` holds, word for
 * word: a change to either without the other fails here.
 */
describe('statistics functions: the schema equals stat-functions.ts', () => {
  const testDb = useTestDatabase();
  let migrated: Definition[];
  let canonical: Definition[];

  beforeAll(async () => {
    const db = new Client({ connectionString: testDb.url() });
    await db.connect();
    try {
      const [{ schema }] = (await db.query<{ schema: string }>(`SELECT current_schema() AS schema`)).rows;
      migrated = (await db.query<Definition>(DEFINITIONS, [schema])).rows;
      // The canonical texts as this server prints them: made in a schema of their own (the tables
      // they name are the migrated ones), read back, and rolled back.
      await db.query('BEGIN');
      await db.query('CREATE SCHEMA stat_canonical');
      await db.query(`SET LOCAL search_path = stat_canonical, ${schema}`);
      for (const sql of STAT_FUNCTIONS) await db.query(sql);
      canonical = (await db.query<Definition>(DEFINITIONS, ['stat_canonical'])).rows;
      await db.query('ROLLBACK');
    } finally {
      await db.end();
    }
  });

  it('has the functions the file holds, and no other stat_ function', () => {
    expect(migrated.map((f) => f.signature)).toEqual(canonical.map((f) => f.signature));
  });

  it.each(STAT_FUNCTIONS.map((sql) => [nameOf(sql)]))('defines %s as the file does', (name) => {
    const of = (defs: Definition[]) => defs.find((f) => f.signature.startsWith(`${name}(`))?.definition;

    expect(of(migrated)).toBeDefined();
    expect(statements(of(migrated)!)).toEqual(statements(of(canonical)!));
  });
});
