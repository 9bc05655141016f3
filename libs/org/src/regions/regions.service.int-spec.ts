import { DataSource } from 'typeorm';
import { AppError } from '@app/core';
import { useTestApp } from '@app/testing';
import { RegionsService } from './regions.service';

describe(RegionsService.name, () => {
  const t = useTestApp();
  let sut: RegionsService;
  let db: DataSource;

  beforeAll(() => {
    sut = t.app.get(RegionsService);
    db = t.app.get(DataSource);
  });

  // Every test starts from an empty registry; nothing else in this database refers to regions.
  beforeEach(async () => {
    // DELETE, not TRUNCATE: the app's database role may not truncate.
    await db.query('DELETE FROM region');
  });

  const regionRows = async (): Promise<
    { code: string; name: string; level: string; parent_code: string | null }[]
  > => db.query('SELECT code, name, level, parent_code FROM region ORDER BY code');

  const importEvents = async (): Promise<number> =>
    Number(
      (
        await db.query(
          `SELECT count(*) AS n FROM audit_event WHERE action = 'import' AND entity_type = 'region'`,
        )
      )[0].n,
    );

  describe('importCounty', () => {
    it('adds the townships and villages of 慈溪市, with 胜山镇’s 12 villages under it', async () => {
      const result = await sut.importCounty('330282');

      expect(result).toEqual({
        county: '330282',
        name: '慈溪市',
        townships: 24,
        villages: 406,
        added: 1 + 24 + 406,
      });
      expect(await sut.children('330282')).toEqual(
        expect.arrayContaining([
          { code: '330282113', name: '胜山镇', level: 'township', parentCode: '330282' },
          { code: '330282104', name: '掌起镇', level: 'township', parentCode: '330282' },
        ]),
      );
      const shengshan = await sut.villagesUnder('330282113');
      expect(shengshan).toHaveLength(12);
      expect(shengshan.every((v) => v.parentCode === '330282113' && v.level === 'village')).toBe(true);
      expect(shengshan.map((v) => v.name)).toEqual(
        expect.arrayContaining(['一灶村', '胜山社区', '胜山头村']),
      );
      expect(await sut.villagesUnder('330282104')).toHaveLength(16);
      expect(await sut.children()).toEqual([
        { code: '33', name: '浙江省', level: 'province', parentCode: null },
      ]);
      expect(await sut.getByCode('3302')).toMatchObject({ name: '宁波市', level: 'city', parentCode: '33' });
    });

    it('adds nothing the second time and leaves every row as it was', async () => {
      await sut.importCounty('330282');
      const before = await regionRows();

      const again = await sut.importCounty('330282');

      expect(again.added).toBe(0);
      expect(again).toMatchObject({ townships: 24, villages: 406 });
      expect(await regionRows()).toEqual(before);
      expect(before).toHaveLength(2 + 1 + 24 + 406);
    });

    it('restores a region renamed since the last import', async () => {
      await sut.importCounty('330282');
      await db.query(`UPDATE region SET name = '旧名' WHERE code = '330282113'`);

      const again = await sut.importCounty('330282');

      expect(again.added).toBe(0);
      expect((await sut.getByCode('330282113')).name).toBe('胜山镇');
    });

    it('records each import in the audit trail', async () => {
      const before = await importEvents();

      await sut.importCounty('330282');
      await sut.importCounty('330282');

      expect(await importEvents()).toBe(before + 2);
    });

    it('refuses a county missing from the division data with UNKNOWN_DIVISION and adds nothing', async () => {
      const attempt = sut.importCounty('999999');

      await expect(attempt).rejects.toBeInstanceOf(AppError);
      await expect(attempt).rejects.toMatchObject({ code: 'UNKNOWN_DIVISION', kind: 'not_found' });
      expect(await regionRows()).toEqual([]);
    });

    it.each(['3302', '3302821', '330282113', '33028x', 'abcdef', ''])(
      // One code, one kind: UNKNOWN_DIVISION is a well-formed code missing from the data (404).
      'refuses %p, which is not a county code, with VALIDATION_FAILED naming the county',
      async (code) => {
        const attempt = sut.importCounty(code);

        await expect(attempt).rejects.toBeInstanceOf(AppError);
        await expect(attempt).rejects.toMatchObject({
          code: 'VALIDATION_FAILED',
          kind: 'bad_request',
          details: { county: ['must be a county code of 6 digits'] },
        });
        expect(await regionRows()).toEqual([]);
      },
    );
  });
});
