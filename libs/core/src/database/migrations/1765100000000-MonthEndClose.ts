import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Month-end close (月结) and 零上报: a township's month, closed by its official once the month is over,
 * as a report with figures (`closed`) or explicitly as a zero report (`zero`). Every version of the
 * township-month keeps the figures as they stood then (`period_version.figures`): version 1 at the
 * close, 2, 3 … at each amendment (an official's correction of a record of the closed month, with its
 * reason), so the figures as first reported are read back, never recomputed.
 */
export class MonthEndClose1765100000000 implements MigrationInterface {
  name = 'MonthEndClose1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE period (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- A township (9 digits): the unit that closes its month.
        region_code  varchar(12) COLLATE "C" NOT NULL REFERENCES region (code) CHECK (length(region_code) = 9),
        -- The first day of the month.
        month        date NOT NULL CHECK (extract(day FROM month) = 1),
        status       varchar(10) NOT NULL CHECK (status IN ('closed', 'zero')),
        version      integer NOT NULL CHECK (version >= 1),
        closed_at    timestamptz NOT NULL,
        closed_by    uuid NOT NULL REFERENCES staff (id),
        amended_at   timestamptz,
        UNIQUE (region_code, month)
      )`);
    await q.query(`CREATE INDEX period_month_idx ON period (month, region_code)`);
    await q.query(`
      CREATE TABLE period_version (
        period_id    uuid NOT NULL REFERENCES period (id),
        version      integer NOT NULL CHECK (version >= 1),
        status       varchar(10) NOT NULL CHECK (status IN ('closed', 'zero')),
        -- Why the figures changed (null for version 1, the close itself).
        reason       varchar(500),
        -- The township-month's statistics answer at that version: totals, byRegion, byLawyer, byTopic.
        figures      jsonb NOT NULL,
        created_at   timestamptz NOT NULL,
        created_by   uuid REFERENCES staff (id),
        PRIMARY KEY (period_id, version),
        CHECK ((version = 1) = (reason IS NULL))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE period_version`);
    await q.query(`DROP TABLE period`);
  }
}
