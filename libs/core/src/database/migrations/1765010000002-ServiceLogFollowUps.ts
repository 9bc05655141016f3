import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 回访: staff's phone follow-ups of consultations from the work log. Each call is a row (reached or
 * not, satisfied or not); a consultation is followed up once it has a call that reached the resident
 * (`service_log.followed_up_at`, at most one such call). A call keeps where, for whom and about what
 * the consultation was, so that the statistics count it where the consultation was given.
 */
export class ServiceLogFollowUps1765010000002 implements MigrationInterface {
  name = 'ServiceLogFollowUps1765010000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE service_log ADD COLUMN followed_up_at timestamptz`);
    await q.query(`
      CREATE TABLE service_log_follow_up (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service_log_id   uuid NOT NULL REFERENCES service_log (id),
        service_point_id uuid NOT NULL REFERENCES service_point (id),
        region_code      varchar(12) COLLATE "C" NOT NULL REFERENCES region (code),
        lawyer_id        uuid NOT NULL REFERENCES staff (id),
        topic            varchar(30) NOT NULL,
        reached          boolean NOT NULL,
        satisfied        boolean,
        comment          varchar(500),
        called_at        timestamptz NOT NULL,
        recorded_by      uuid NOT NULL REFERENCES staff (id),
        created_at       timestamptz NOT NULL,
        CHECK (reached OR satisfied IS NULL)
      )`);
    await q.query(`
      CREATE UNIQUE INDEX service_log_follow_up_reached_once ON service_log_follow_up (service_log_id) WHERE reached`);
    await q.query(
      `CREATE INDEX service_log_follow_up_region_called_idx ON service_log_follow_up (region_code, called_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE service_log_follow_up`);
    await q.query(`ALTER TABLE service_log DROP COLUMN followed_up_at`);
  }
}
