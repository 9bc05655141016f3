import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { useTestApp } from '@app/testing';
import { ChangeLedger } from './change-ledger';
import { defineRecordKind } from './record-kind';

interface Thing {
  id: string;
  regionCode: string;
  size: number;
  secretEnc?: Buffer;
}

const THING = defineRecordKind<Thing>('ledger_test_thing', { counted: false });

describe('ChangeLedger', () => {
  const t = useTestApp();
  let ledger: ChangeLedger;
  let ds: DataSource;
  const seen: string[] = [];

  const trail = (id: string, em: EntityManager | DataSource = ds) =>
    em.query(`SELECT action, entity_type, region_code, changes FROM audit_event WHERE entity_id = $1`, [id]);

  beforeAll(() => {
    ledger = t.app.get(ChangeLedger);
    ds = t.app.get(DataSource);
    ledger.subscribe(THING, async (change, em) => {
      const id = (change.after ?? change.before)!.id;
      // In the change's transaction, after its audit event; nobody else sees either yet.
      seen.push(`in:${(await trail(id, em)).length}/${(await trail(id)).length}`);
      return async () => {
        seen.push(`after:${(await trail(id)).length}`);
      };
    });
  });

  beforeEach(() => (seen.length = 0));

  it('audits the diff, runs the subscribers in the transaction and their work after the commit', async () => {
    const id = randomUUID();
    const before = { id, regionCode: '330282113', size: 1, secretEnc: Buffer.from('a') };
    const after = { ...before, size: 2, secretEnc: Buffer.from('b') };
    await ledger.transaction(async (em) => {
      await ledger.record(em, THING, { action: 'grow', before, after, note: { why: 'test' } });
      seen.push('work done');
    });
    expect(seen).toEqual(['in:1/0', 'work done', 'after:1']);
    expect(await trail(id)).toEqual([
      {
        action: 'grow',
        entity_type: 'ledger_test_thing',
        region_code: '330282113',
        changes: { size: { from: 1, to: 2 }, secretEnc: { changed: true }, note: { why: 'test' } },
      },
    ]);
  });

  it('leaves nothing and runs no after-commit work when the transaction rolls back', async () => {
    const id = randomUUID();
    await expect(
      ledger.transaction(async (em) => {
        await ledger.record(em, THING, {
          action: 'create',
          before: null,
          after: { id, regionCode: '330282113', size: 1 },
        });
        throw new Error('refused later in the use case');
      }),
    ).rejects.toThrow('refused later');
    expect(seen).toEqual(['in:1/0']);
    expect(await trail(id)).toEqual([]);
  });

  it('refuses a change recorded in a transaction it did not open (its after-commit work would be lost)', async () => {
    await expect(
      ds.transaction((em) =>
        ledger.record(em, THING, {
          action: 'create',
          before: null,
          after: { id: randomUUID(), regionCode: '330282113', size: 1 },
        }),
      ),
    ).rejects.toThrow('a transaction the ledger did not open');
  });

  it('refuses to start with a counted kind that no statistics source subscribes to', () => {
    // The app started, so every counted kind of the product has its source.
    expect(() => ledger.onApplicationBootstrap()).not.toThrow();
    const kind = defineRecordKind<Thing>('ledger_test_counted', { counted: true });
    ledger.subscribe(kind, () => Promise.resolve());
    expect(() => ledger.onApplicationBootstrap()).toThrow('ledger_test_counted');
    ledger.subscribe(kind, () => Promise.resolve(), { statistics: true });
    expect(() => ledger.onApplicationBootstrap()).not.toThrow();
  });
});
