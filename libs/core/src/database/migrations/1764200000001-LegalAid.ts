import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Legal-aid cases, their timeline, and the per-county-and-year counter their numbers come from.
 * The counter row is taken with an upsert in the intake's transaction, so concurrent intakes queue
 * on it and a rolled-back intake gives its number back.
 */
export class LegalAid1764200000001 implements MigrationInterface {
  name = 'LegalAid1764200000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE legal_aid_case_counter (
        county_code varchar(6) COLLATE "C" NOT NULL REFERENCES region (code),
        year        smallint NOT NULL CHECK (year BETWEEN 2000 AND 2999),
        last_seq    integer NOT NULL CHECK (last_seq > 0),
        PRIMARY KEY (county_code, year)
      )`);

    await q.query(`
      CREATE TABLE legal_aid_case (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_no              varchar(40) NOT NULL UNIQUE,
        county_code          varchar(6) COLLATE "C" NOT NULL REFERENCES region (code),
        year                 smallint NOT NULL,
        seq                  integer NOT NULL CHECK (seq > 0),
        service_point_id     uuid NOT NULL REFERENCES service_point (id),
        region_code          varchar(12) COLLATE "C" NOT NULL REFERENCES region (code),
        applicant_name       varchar(50) NOT NULL,
        phone_enc            bytea NOT NULL,
        phone_index          char(64) NOT NULL,
        id_number_enc        bytea NOT NULL,
        id_number_index      char(64) NOT NULL,
        category             varchar(30) NOT NULL CHECK (category IN ('labour_wages', 'marriage_family',
                               'traffic_injury', 'medical', 'consumer', 'land_housing', 'criminal_defence', 'other')),
        summary              varchar(2000) NOT NULL,
        status               varchar(20) NOT NULL DEFAULT 'applied' CHECK (status IN ('applied', 'accepted',
                               'rejected', 'assigned', 'in_progress', 'closed', 'withdrawn', 'terminated')),
        received_at          timestamptz NOT NULL,
        decision_due         date NOT NULL,
        decided_at           timestamptz,
        accepted             boolean,
        decision_reason      varchar(500),
        assignment_due       date,
        assigned_lawyer_id   uuid REFERENCES staff (id),
        assigned_at          timestamptz,
        started_at           timestamptz,
        closed_at            timestamptz,
        outcome              varchar(1000),
        amount_recovered_fen bigint CHECK (amount_recovered_fen >= 0),
        ended_at             timestamptz,
        end_reason           varchar(500),
        created_by           uuid NOT NULL REFERENCES staff (id),
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now(),
        UNIQUE (county_code, year, seq),
        -- A case lies in its county, and its region is its service point's.
        CHECK (left(region_code, 6) = county_code),
        CHECK ((decided_at IS NULL) = (accepted IS NULL)),
        CHECK (status <> 'applied' OR decided_at IS NULL),
        CHECK (status <> 'rejected' OR accepted = false),
        CHECK (status NOT IN ('accepted', 'assigned', 'in_progress', 'closed') OR accepted),
        CHECK ((assignment_due IS NULL) = (accepted IS DISTINCT FROM true)),
        CHECK (status NOT IN ('assigned', 'in_progress', 'closed') OR assigned_lawyer_id IS NOT NULL),
        CHECK (status <> 'closed' OR (closed_at IS NOT NULL AND outcome IS NOT NULL)),
        CHECK (status NOT IN ('withdrawn', 'terminated') OR ended_at IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX legal_aid_case_region_received_idx ON legal_aid_case (region_code, received_at DESC)`,
    );
    await q.query(
      `CREATE INDEX legal_aid_case_lawyer_idx ON legal_aid_case (assigned_lawyer_id) WHERE assigned_lawyer_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX legal_aid_case_created_by_idx ON legal_aid_case (created_by)`);
    // The statutory clocks: open applications by decision due date, accepted cases by assignment due date.
    await q.query(
      `CREATE INDEX legal_aid_case_decision_due_idx ON legal_aid_case (decision_due) WHERE status = 'applied'`,
    );
    await q.query(
      `CREATE INDEX legal_aid_case_assignment_due_idx ON legal_aid_case (assignment_due) WHERE status = 'accepted'`,
    );
    await q.query(`CREATE INDEX legal_aid_case_phone_index_idx ON legal_aid_case (phone_index)`);
    await q.query(`CREATE INDEX legal_aid_case_id_number_index_idx ON legal_aid_case (id_number_index)`);

    await q.query(`
      CREATE TABLE legal_aid_case_event (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        case_id     uuid NOT NULL REFERENCES legal_aid_case (id),
        step        varchar(20) NOT NULL CHECK (step IN ('apply', 'accept', 'reject', 'assign', 'reassign',
                      'start', 'close', 'withdraw', 'terminate')),
        from_status varchar(20),
        to_status   varchar(20) NOT NULL,
        actor_id    uuid REFERENCES staff (id),
        actor_name  varchar(100) NOT NULL,
        at          timestamptz NOT NULL,
        note        varchar(1000),
        details     jsonb
      )`);
    await q.query(`CREATE INDEX legal_aid_case_event_case_idx ON legal_aid_case_event (case_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE legal_aid_case_event`);
    await q.query(`DROP TABLE legal_aid_case`);
    await q.query(`DROP TABLE legal_aid_case_counter`);
  }
}
