import { Client } from 'pg';
import { FixedClock } from '@app/core';
import { useTestApp } from '@app/testing';
import { AuditVerifier } from './audit-verifier.service';

/** The old chain's digest, as the database computed it before the chain had a key. */
const UNKEYED = `encode(sha256(convert_to(concat_ws('|', e.prev_hash, e.seq::text, audit_event_body(e)), 'UTF8')), 'hex')`;

describe(AuditVerifier.name, () => {
  const clock = new FixedClock(new Date('2027-02-03T02:00:00Z'));
  // Sealed only when asked, so that the trail below is laid out before the app links anything.
  const t = useTestApp({ clock, env: { AUDIT_SEAL_INTERVAL_MS: '0' } });
  let owner: Client;

  /** Runs `sql` as the owner with the append-only trigger off. */
  async function behindTheTrigger(sql: string): Promise<void> {
    await owner.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`);
    try {
      await owner.query(sql);
    } finally {
      await owner.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update`);
    }
  }

  describe('a trail from before the chain had a key', () => {
    // Closed in this block, before the test database is dropped.
    afterAll(async () => {
      await owner?.end();
    });

    beforeAll(async () => {
      owner = new Client({ connectionString: t.config.databaseOwnerUrl });
      await owner.connect();
      // Three events sealed the old way (unkeyed, in SQL) before the migration's marker.
      await owner.query(
        `INSERT INTO audit_event (actor_name, action, entity_type) VALUES ('lawyer01', 'login.success', 'staff'),
           ('lawyer02', 'login.success', 'staff'), ('lawyer03', 'login.failure', 'staff')`,
      );
      await behindTheTrigger(`
        DO $$
        DECLARE
          e audit_event%ROWTYPE;
          n bigint := 0;
          prev char(64) := repeat('0', 64);
        BEGIN
          FOR e IN SELECT * FROM audit_event WHERE action <> 'audit.chain_keyed' ORDER BY id LOOP
            n := n + 1;
            e.seq := n;
            e.prev_hash := prev;
            e.hash := ${UNKEYED};
            UPDATE audit_event SET seq = e.seq, prev_hash = e.prev_hash, hash = e.hash WHERE id = e.id;
            prev := e.hash;
          END LOOP;
        END $$`);
    });

    it('verifies the unkeyed links up to the marker and the keyed chain from it on', async () => {
      const res = await t.app.get(AuditVerifier).verify();

      const { rows } = await owner.query(`SELECT seq::int, action FROM audit_event ORDER BY seq`);
      expect(rows).toEqual([
        { seq: 1, action: 'login.success' },
        { seq: 2, action: 'login.success' },
        { seq: 3, action: 'login.failure' },
        { seq: 4, action: 'audit.chain_keyed' },
      ]);
      expect(res).toEqual({
        intact: true,
        checked: 4,
        brokenSeq: null,
        checkpoint: { seq: 4, at: '2027-02-03T02:00:00.000Z' },
      });
    });

    it('shows an unkeyed link rewritten and re-chained at the marker at the latest', async () => {
      await behindTheTrigger(`
        DO $$
        DECLARE
          e audit_event%ROWTYPE;
          prev char(64) := (SELECT hash FROM audit_event WHERE seq = 1);
        BEGIN
          FOR e IN SELECT * FROM audit_event WHERE seq IN (2, 3) ORDER BY seq LOOP
            e.actor_name := 'somebody.else';
            e.prev_hash := prev;
            e.hash := ${UNKEYED};
            UPDATE audit_event SET actor_name = e.actor_name, prev_hash = e.prev_hash, hash = e.hash WHERE id = e.id;
            prev := e.hash;
          END LOOP;
        END $$`);

      const res = await t.app.get(AuditVerifier).verify();

      expect(res).toMatchObject({ intact: false, checked: 4, brokenSeq: 4 });
    });
  });
});
