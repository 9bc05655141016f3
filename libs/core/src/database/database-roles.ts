import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { type AppConfig, ConfigValidationError } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { runMigrations } from './migrate';

/** The embedded PostgreSQL's schema owner (migrations) and the app's own role. */
export const EMBEDDED_OWNER_ROLE = 'portal_owner';
export const EMBEDDED_APP_ROLE = 'portal_app';

/** The schema pg-boss keeps its job queue in; the app's role creates and migrates its tables itself. */
export const JOBS_SCHEMA = 'pgboss';

type Queryable = { query(sql: string, params?: unknown[]): Promise<unknown> };

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * What the app's role may do, granted by the schema owner after every migration run (so tables of
 * later migrations are covered too): read and write the ordinary tables, only read
 * `schema_migration`, only read and append to `audit_event` (sealing goes through the owner's
 * `audit_event_link`), use the sequences and functions, and keep pg-boss's tables in their schema.
 */
export async function grantAppRole(owner: Queryable, appRole: string): Promise<void> {
  const app = ident(appRole);
  const statements = [
    `GRANT USAGE ON SCHEMA public TO ${app}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`,
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON schema_migration FROM ${app}`,
    `REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM ${app}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${app}`,
    `CREATE SCHEMA IF NOT EXISTS ${JOBS_SCHEMA}`,
    `GRANT USAGE, CREATE ON SCHEMA ${JOBS_SCHEMA} TO ${app}`,
    // pg-boss adds partitions to its tables and migrates them, so they must be the app role's own;
    // tables it made while the app still ran as the owner are handed over (nothing to do otherwise).
    handOver(JOBS_SCHEMA, appRole),
  ];
  try {
    for (const sql of statements) await owner.query(sql);
  } catch (err) {
    throw new ConfigValidationError(
      [
        `DATABASE_OWNER_URL: granting the app's role ${appRole} its rights failed (${(err as Error).message}); ` +
          `it must connect as the owner of the tables, and to hand pg-boss's tables from an older set-up ` +
          `to ${appRole} be a member of it (README: Production database roles)`,
      ],
      { cause: err },
    );
  }
}

/**
 * Migrates with the schema owner's connection and grants the app's role its rights; without
 * `databaseOwnerUrl`, migrates on the app's own connection (a database whose migrations are run
 * apart, or an old single-role set-up).
 */
export async function prepareSchema(config: AppConfig, app: DataSource): Promise<void> {
  if (!config.databaseOwnerUrl) {
    try {
      await runMigrations(app);
      // A single role that owns everything makes pg-boss's schema itself (pg-boss no longer does).
      const [{ present, allowed }] = (await app.query(
        `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS present,
                has_database_privilege(current_database(), 'CREATE') AS allowed`,
        [JOBS_SCHEMA],
      )) as { present: boolean; allowed: boolean }[];
      if (!present && allowed) await app.query(`CREATE SCHEMA IF NOT EXISTS ${JOBS_SCHEMA}`);
    } catch (err) {
      if ((err as { code?: string }).code !== '42501') throw err;
      throw new ConfigValidationError(
        [
          `DATABASE_OWNER_URL: pending migrations need the schema owner; set it, or run \`npm run cli -- migrate\` ` +
            `with it (${(err as Error).message})`,
        ],
        { cause: err },
      );
    }
    return;
  }
  const owner = await new DataSource(dataSourceOptions(config.databaseOwnerUrl, 2)).initialize();
  try {
    const [o, a] = await Promise.all([whoAndWhere(owner), whoAndWhere(app)]);
    if (o.place !== a.place)
      throw new ConfigValidationError([
        `DATABASE_OWNER_URL: reaches ${o.place}, but DATABASE_URL ${a.place}: both must name the same database`,
      ]);
    await runMigrations(owner);
    if (o.role !== a.role) await grantAppRole(owner, a.role);
  } finally {
    await owner.destroy();
  }
}

/** The role a connection acts as, and which database of which cluster it reached. */
async function whoAndWhere(ds: DataSource): Promise<{ role: string; place: string }> {
  const [row] = (await ds.query(
    `SELECT current_user AS role,
            current_database() || ' (cluster ' || (SELECT system_identifier FROM pg_control_system()) || ')' AS place`,
  )) as { role: string; place: string }[];
  return row;
}

/**
 * The app's role must not be able to rewrite the audit trail. In production a superuser, the
 * owner of `audit_event` (or a member of it) or a role allowed to update, delete or truncate it
 * stops the start; elsewhere it is a warning.
 */
export async function checkAppRole(app: DataSource, config: AppConfig): Promise<void> {
  const [r] = (await app.query(`
    SELECT current_user AS role, rl.rolsuper AS superuser,
           pg_has_role(current_user, c.relowner, 'USAGE') AS owner,
           has_table_privilege(c.oid, 'UPDATE') OR has_table_privilege(c.oid, 'DELETE')
             OR has_table_privilege(c.oid, 'TRUNCATE') AS rewrite
      FROM pg_roles rl, pg_class c
     WHERE rl.rolname = current_user AND c.oid = 'audit_event'::regclass`)) as {
    role: string;
    superuser: boolean;
    owner: boolean;
    rewrite: boolean;
  }[];
  if (!r || !(r.superuser || r.owner || r.rewrite)) return;
  const what = r.superuser
    ? 'a superuser'
    : r.owner
      ? 'the owner of audit_event'
      : 'allowed to UPDATE, DELETE or TRUNCATE audit_event';
  const message =
    `DATABASE_URL connects as ${r.role}, ${what}, which could rewrite the audit trail: give the app a role of ` +
    `its own and the schema owner's connection in DATABASE_OWNER_URL (README: Production database roles)`;
  if (config.env === 'production') throw new ConfigValidationError([message]);
  new Logger('Database').warn(message);
}

/**
 * The embedded PostgreSQL's roles, as its superuser: with no `database`, the schema owner and the
 * app's role (created when missing, passwords set from the development secrets); with `database`,
 * that database and everything in it handed to the owner, and pg-boss's tables to the app's role,
 * which upgrades a data folder from before the roles existed
 * (everything then belonged to the superuser). Objects of extensions stay where they are.
 */
export async function ensureEmbeddedRoles(
  superuserUrl: string,
  passwords: { ownerPassword: string; appPassword: string },
  database?: string,
): Promise<void> {
  const client = new Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    if (!database) {
      for (const [role, password] of [
        [EMBEDDED_OWNER_ROLE, passwords.ownerPassword],
        [EMBEDDED_APP_ROLE, passwords.appPassword],
      ] as const) {
        await client.query(`
          DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${role}; END IF;
          END $$`);
        await client.query(
          `ALTER ROLE ${role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`,
        );
      }
      return;
    }
    await client.query(`ALTER DATABASE ${ident(database)} OWNER TO ${EMBEDDED_OWNER_ROLE}`);
    await client.query(handOver('public', EMBEDDED_OWNER_ROLE));
    const { rowCount } = await client.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [JOBS_SCHEMA]);
    if (rowCount) {
      await client.query(`ALTER SCHEMA ${JOBS_SCHEMA} OWNER TO ${EMBEDDED_OWNER_ROLE}`);
      await client.query(handOver(JOBS_SCHEMA, EMBEDDED_APP_ROLE));
    }
  } finally {
    await client.end();
  }
}

/**
 * A DO block giving `role` every relation, type and routine of `schema` that is not an extension's
 * and not `role`'s already (for the embedded superuser, and for an owner that is a member of `role`).
 */
function handOver(schema: string, roleName: string): string {
  const role = ident(roleName);
  return `
    DO $$
    DECLARE r record;
    BEGIN
      FOR r IN
        SELECT c.oid::regclass AS obj,
               CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE'
                              WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind
          FROM pg_class c
         WHERE c.relnamespace = '${schema}'::regnamespace
           AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
           AND c.relowner <> '${role}'::regrole
           -- an identity or serial sequence follows its table
           AND NOT EXISTS (SELECT 1 FROM pg_depend d
                            WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                              AND (d.deptype = 'e' OR (c.relkind = 'S' AND d.deptype IN ('a', 'i'))))
      LOOP
        EXECUTE format('ALTER %s %s OWNER TO ${role}', r.kind, r.obj);
      END LOOP;
      FOR r IN
        SELECT t.oid::regtype AS obj
          FROM pg_type t
          LEFT JOIN pg_class c ON c.oid = t.typrelid
         WHERE t.typnamespace = '${schema}'::regnamespace
           AND t.typowner <> '${role}'::regrole
           AND t.typtype IN ('e', 'd', 'r', 'c')
           AND (t.typtype <> 'c' OR c.relkind = 'c')
           AND NOT EXISTS (SELECT 1 FROM pg_depend d
                            WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
      LOOP
        EXECUTE format('ALTER TYPE %s OWNER TO ${role}', r.obj);
      END LOOP;
      FOR r IN
        SELECT p.oid::regprocedure AS obj
          FROM pg_proc p
         WHERE p.pronamespace = '${schema}'::regnamespace
           AND p.proowner <> '${role}'::regrole
           AND p.prokind IN ('f', 'p')
           AND NOT EXISTS (SELECT 1 FROM pg_depend d
                            WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
      LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO ${role}', r.obj);
      END LOOP;
    END $$`;
}
