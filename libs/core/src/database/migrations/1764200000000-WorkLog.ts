import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The work log (工作日志): one row per service a lawyer gave, and workshops (法治讲座, 普法宣传, training
 * of grid workers). Rows are never deleted: a wrong entry is voided with a reason and then counts
 * nowhere. The lists of types, topics and kinds are written out here (not imported) so that this
 * migration keeps meaning what it meant when it ran; the API validates against libs/stats.
 */
export class WorkLog1764200000000 implements MigrationInterface {
  name = 'WorkLog1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE service_log (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type                varchar(20) NOT NULL CHECK (type IN ('consultation', 'document_drafting', 'legal_aid',
                              'mediation', 'village_affairs', 'contract_review', 'grid_guidance')),
        topic               varchar(20) NOT NULL CHECK (topic IN ('marriage_family', 'labour_wages', 'land_housing',
                              'contract_debt', 'neighbour', 'traffic', 'inheritance', 'consumer', 'administrative',
                              'other')),
        service_point_id    uuid NOT NULL REFERENCES service_point (id),
        -- The service point's region code (a village's 12 digits, a township centre's 9).
        region_code         varchar(12) COLLATE "C" NOT NULL REFERENCES region (code),
        lawyer_id           uuid NOT NULL REFERENCES staff (id),
        shift_id            uuid REFERENCES duty_shift (id),
        -- One appointment gives at most one log.
        appointment_id      uuid UNIQUE REFERENCES appointment (id),
        occurred_at         timestamptz NOT NULL,
        people_count        integer NOT NULL CHECK (people_count BETWEEN 1 AND 9999),
        summary             varchar(2000) NOT NULL CHECK (summary <> ''),
        outcome             varchar(2000),
        follow_up           boolean NOT NULL DEFAULT false,
        amount_involved_fen bigint CHECK (amount_involved_fen >= 0),
        resolved            boolean,
        contract_amount_fen bigint CHECK (contract_amount_fen >= 0),
        recorded_by         uuid NOT NULL REFERENCES staff (id),
        created_at          timestamptz NOT NULL,
        updated_at          timestamptz NOT NULL,
        voided_at           timestamptz,
        void_reason         varchar(500),
        voided_by           uuid REFERENCES staff (id),
        CONSTRAINT service_log_mediation_fields CHECK (
          type = 'mediation' OR (amount_involved_fen IS NULL AND resolved IS NULL)),
        CONSTRAINT service_log_contract_fields CHECK (type = 'contract_review' OR contract_amount_fen IS NULL),
        CONSTRAINT service_log_void_complete CHECK (
          (voided_at IS NULL) = (void_reason IS NULL) AND (voided_at IS NULL) = (voided_by IS NULL))
      )`);
    // Listing: a region range (an official's jurisdiction, a village filter), newest first.
    await q.query(
      `CREATE INDEX service_log_region_occurred_idx ON service_log (region_code, occurred_at DESC)`,
    );
    // A lawyer's own list.
    await q.query(
      `CREATE INDEX service_log_lawyer_occurred_idx ON service_log (lawyer_id, occurred_at DESC)`,
    );
    await q.query(
      `CREATE INDEX service_log_point_occurred_idx ON service_log (service_point_id, occurred_at)`,
    );

    await q.query(`
      CREATE TABLE workshop (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        service_point_id uuid NOT NULL REFERENCES service_point (id),
        region_code      varchar(12) COLLATE "C" NOT NULL REFERENCES region (code),
        held_at          timestamptz NOT NULL,
        topic            varchar(200) NOT NULL CHECK (topic <> ''),
        kind             varchar(20) NOT NULL CHECK (kind IN ('lecture', 'publicity', 'training')),
        audience_count   integer NOT NULL CHECK (audience_count BETWEEN 0 AND 100000),
        lecturer_id      uuid REFERENCES staff (id),
        recorded_by      uuid NOT NULL REFERENCES staff (id),
        created_at       timestamptz NOT NULL,
        updated_at       timestamptz NOT NULL,
        voided_at        timestamptz,
        void_reason      varchar(500),
        voided_by        uuid REFERENCES staff (id),
        CONSTRAINT workshop_void_complete CHECK (
          (voided_at IS NULL) = (void_reason IS NULL) AND (voided_at IS NULL) = (voided_by IS NULL))
      )`);
    await q.query(`CREATE INDEX workshop_region_held_idx ON workshop (region_code, held_at DESC)`);
    await q.query(
      `CREATE INDEX workshop_lecturer_held_idx ON workshop (lecturer_id, held_at DESC) WHERE lecturer_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE workshop`);
    await q.query(`DROP TABLE service_log`);
  }
}
