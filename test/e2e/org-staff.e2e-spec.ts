import { DEMO_LAWYERS, SHENGSHAN, ZHANGQI } from '@app/demo';
import type { CreateStaffDto, StaffResponse, UpdateStaffDto } from '@app/org/staff/dto/staff.dto';
import { bearer, useTestApp } from '@app/testing';

const phoneOf = (username: string) => DEMO_LAWYERS.find((l) => l.username === username)!.phone;
/** True when a response body holds any demo lawyer's full phone number. */
const leaksAPhone = (body: unknown) => DEMO_LAWYERS.some((l) => JSON.stringify(body).includes(l.phone));

describe('Staff (e2e)', () => {
  const t = useTestApp({ seed: true });
  const token = { shengshan: '', zhangqi: '', cixi: '', admin: '', auditor: '', lawyer: '' };
  const staffId: Record<string, string> = {};

  beforeAll(async () => {
    token.shengshan = await t.login('shengshan.official');
    token.zhangqi = await t.login('zhangqi.official');
    token.cixi = await t.login('cixi.official');
    token.admin = await t.login('admin');
    token.auditor = await t.login('auditor');
    token.lawyer = await t.login('lawyer01');
    const all = await t.http().get('/api/v1/staff').query({ pageSize: 500 }).set(bearer(token.admin));
    for (const s of all.body.items as StaffResponse[]) staffId[s.username] = s.id;
  });

  function listStaff(asToken: string, query: Record<string, string | number> = {}) {
    return t.http().get('/api/v1/staff').query(query).set(bearer(asToken));
  }

  function createStaff(asToken: string, body: object) {
    return t.http().post('/api/v1/staff').set(bearer(asToken)).send(body);
  }

  async function usernamesSeenBy(asToken: string): Promise<string[]> {
    const res = await listStaff(asToken, { pageSize: 500 });
    return (res.body.items as StaffResponse[]).map((s) => s.username);
  }

  async function piiReads(
    entityId: string,
  ): Promise<{ actorName: string; regionCode: string; changes: unknown }[]> {
    const res = await t
      .http()
      .get('/api/v1/audit-events')
      .query({ action: 'pii.read', entityId })
      .set(bearer(token.auditor));
    if (res.status !== 200) throw new Error(`audit events: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.items;
  }

  const newLawyer = (username: string, regionCode = SHENGSHAN) =>
    ({
      username,
      name: '新来的律师',
      kind: 'lawyer',
      regionCode,
      password: 'Fresh-Start-2026',
      phone: '13812345678',
      licenseNo: '13302202610123456',
      firm: '浙江慈溪正平律师事务所',
    }) satisfies CreateStaffDto;

  describe('GET /api/v1/staff', () => {
    it('shows a township official only the staff of its own township', async () => {
      const res = await listStaff(token.shengshan);

      expect(res.status).toBe(200);
      expect((res.body.items as StaffResponse[]).map((s) => s.username)).toEqual([
        'lawyer01',
        'lawyer02',
        'lawyer03',
        'lawyer04',
        'lawyer05',
        'lawyer06',
        'shengshan.official',
      ]);
      expect(res.body).toMatchObject({ total: 7, page: 1, pageSize: 50 });
      expect((res.body.items as StaffResponse[]).every((s) => s.regionCode === SHENGSHAN)).toBe(true);
    });

    it('shows the county official every account in the county', async () => {
      const seen = await usernamesSeenBy(token.cixi);

      expect(seen).toEqual(
        expect.arrayContaining([
          'admin',
          'auditor',
          'cixi.official',
          'shengshan.official',
          'zhangqi.official',
          ...DEMO_LAWYERS.map((l) => l.username),
        ]),
      );
    });

    it('gives the 胜山镇 official nothing from 掌起镇, even when asked for 掌起镇', async () => {
      const res = await listStaff(token.shengshan, { regionCode: ZHANGQI });

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ items: [], total: 0 });
    });

    it('filters by region within the county official’s jurisdiction', async () => {
      const res = await listStaff(token.cixi, { regionCode: ZHANGQI });

      expect((res.body.items as StaffResponse[]).map((s) => s.username)).toEqual([
        'lawyer07',
        'lawyer08',
        'lawyer09',
        'lawyer10',
        'zhangqi.official',
      ]);
    });

    it('searches names and login names only within the jurisdiction', async () => {
      const res = await listStaff(token.shengshan, { q: 'lawyer', role: 'lawyer' });

      expect(res.body.total).toBe(6);
      expect((res.body.items as StaffResponse[]).map((s) => s.username)).not.toContain('lawyer07');
    });

    it('masks phone numbers like 139****xxxx and never sends a full one or a secret', async () => {
      const res = await listStaff(token.cixi, { role: 'lawyer' });

      const lawyers = res.body.items as StaffResponse[];
      expect(lawyers).toHaveLength(10);
      for (const l of lawyers) {
        expect(l.phoneMasked).toMatch(/^139\*{4}\d{4}$/);
        expect(l.phoneMasked!.slice(-4)).toBe(phoneOf(l.username).slice(-4));
      }
      expect(leaksAPhone(res.body)).toBe(false);
      expect(Object.keys(lawyers[0]).sort()).toEqual([
        'firm',
        'id',
        'kind',
        'licenseNo',
        'locked',
        'name',
        'phoneMasked',
        'regionCode',
        'roles',
        'status',
        'username',
      ]);
    });

    it('pages the list', async () => {
      const res = await listStaff(token.shengshan, { page: 2, pageSize: 2 });

      expect(res.body).toMatchObject({ total: 7, page: 2, pageSize: 2 });
      expect((res.body.items as StaffResponse[]).map((s) => s.username)).toEqual(['lawyer03', 'lawyer04']);
    });

    it('refuses a lawyer with 403 FORBIDDEN_ROLE', async () => {
      const res = await listStaff(token.lawyer);

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN_ROLE');
    });

    it('refuses bad query parameters with 400 naming each', async () => {
      const res = await listStaff(token.cixi, { regionCode: '33x', pageSize: 501, role: 'boss' });

      expect(res.status).toBe(400);
      expect(Object.keys(res.body.details).sort()).toEqual(['pageSize', 'regionCode', 'role']);
    });
  });

  describe('POST /api/v1/staff', () => {
    it('lets a township official add a lawyer to its own township, who can then sign in', async () => {
      const res = await createStaff(token.shengshan, newLawyer('lawyer11'));

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        username: 'lawyer11',
        kind: 'lawyer',
        roles: ['lawyer'],
        regionCode: SHENGSHAN,
        phoneMasked: '138****5678',
        status: 'active',
        locked: false,
      });
      expect(JSON.stringify(res.body)).not.toMatch(/13812345678|password|Fresh-Start/i);
      const login = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ username: 'lawyer11', password: 'Fresh-Start-2026' });
      expect(login.status).toBe(200);
      expect(login.body.user).toMatchObject({ id: res.body.id, roles: ['lawyer'], regionCode: SHENGSHAN });
      expect(await usernamesSeenBy(token.shengshan)).toContain('lawyer11');
    });

    it('gives a legal worker the lawyer role', async () => {
      const res = await createStaff(token.shengshan, {
        ...newLawyer('worker11'),
        kind: 'legal_worker',
      } satisfies CreateStaffDto);

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ kind: 'legal_worker', roles: ['lawyer'] });
    });

    it('refuses a lawyer for 掌起镇 from the 胜山镇 official (403 OUTSIDE_JURISDICTION) and creates no account', async () => {
      const res = await createStaff(token.shengshan, newLawyer('lawyer12', ZHANGQI));

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('OUTSIDE_JURISDICTION');
      expect(await usernamesSeenBy(token.cixi)).not.toContain('lawyer12');
      expect(
        (
          await t
            .http()
            .post('/api/v1/auth/login')
            .send({ username: 'lawyer12', password: 'Fresh-Start-2026' })
        ).status,
      ).toBe(401);
    });

    it.each([
      ['official', 'ROLE_NOT_GRANTABLE'],
      ['admin', 'PRIVILEGED_ACCOUNT'],
      ['security', 'PRIVILEGED_ACCOUNT'],
      ['auditor', 'PRIVILEGED_ACCOUNT'],
    ])('refuses to let a township official create an %s account (403 %s)', async (kind, code) => {
      const res = await createStaff(token.shengshan, { ...newLawyer(`made.${kind}`), kind });

      expect(res.status).toBe(403);
      expect(res.body.code).toBe(code);
      expect(await usernamesSeenBy(token.cixi)).not.toContain(`made.${kind}`);
    });

    it('lets the admin create an official, who then governs its township', async () => {
      const res = await createStaff(token.admin, {
        username: 'shengshan.deputy',
        name: '副所长',
        kind: 'official',
        regionCode: SHENGSHAN,
        password: 'Deputy-Pass-2026',
      } satisfies CreateStaffDto);

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ roles: ['official'], regionCode: SHENGSHAN, phoneMasked: null });
      const deputy = await t.login('shengshan.deputy', 'Deputy-Pass-2026');
      expect(await usernamesSeenBy(deputy)).not.toContain('lawyer07');
      expect(await usernamesSeenBy(deputy)).toContain('lawyer01');
    });

    it.each([
      ['too short', 'Ab1!short'],
      ['from too few kinds of character', 'alllowercaseletters'],
      ['containing the login name', 'Xlawyer13-2026'],
    ])('refuses a password %s with 400 and details.password', async (_label, password) => {
      const res = await createStaff(token.shengshan, { ...newLawyer('lawyer13'), password });

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.password).toEqual(expect.arrayContaining([expect.any(String)]));
      expect(await usernamesSeenBy(token.shengshan)).not.toContain('lawyer13');
    });

    it.each(['lawyer01', 'LAWYER01', 'Lawyer01', 'Shengshan.Official'])(
      'refuses the taken login name %s with 409 USERNAME_TAKEN',
      async (username) => {
        const before = (await listStaff(token.cixi)).body.total;

        const res = await createStaff(token.shengshan, newLawyer(username));

        expect(res.status).toBe(409);
        expect(res.body.code).toBe('USERNAME_TAKEN');
        expect((await listStaff(token.cixi)).body.total).toBe(before);
      },
    );

    it('answers two simultaneous sign-ups for one login name with one 201 and one 409 USERNAME_TAKEN', async () => {
      const [a, b] = await Promise.all([
        createStaff(token.shengshan, newLawyer('twin.lawyer')),
        createStaff(token.shengshan, newLawyer('Twin.Lawyer')),
      ]);

      expect([a.status, b.status].sort()).toEqual([201, 409]);
      expect((a.status === 409 ? a : b).body.code).toBe('USERNAME_TAKEN');
      expect(
        (await usernamesSeenBy(token.shengshan)).filter((u) => u.toLowerCase() === 'twin.lawyer'),
      ).toHaveLength(1);
    });

    it('refuses a region missing from the registry with 422 REGION_NOT_REGISTERED', async () => {
      const res = await createStaff(token.shengshan, newLawyer('lawyer14', '330282113299'));

      expect(res.status).toBe(422);
      expect(res.body.code).toBe('REGION_NOT_REGISTERED');
    });

    it('reports every invalid field by name with 400 VALIDATION_FAILED', async () => {
      const res = await createStaff(token.shengshan, {
        username: '1abc',
        name: '',
        kind: 'boss',
        regionCode: '33028',
        password: 12345678901,
        phone: '12345',
        licenseNo: '!',
        nickname: 'x',
      });

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.details).sort()).toEqual([
        'kind',
        'licenseNo',
        'name',
        'nickname',
        'password',
        'phone',
        'regionCode',
        'username',
      ]);
    });

    it('refuses a lawyer with 403', async () => {
      const res = await createStaff(token.lawyer, newLawyer('lawyer15'));

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN_ROLE');
    });
  });

  describe('GET /api/v1/staff/:id', () => {
    it('returns a member of the official’s township, phone masked', async () => {
      const res = await t.http().get(`/api/v1/staff/${staffId.lawyer02}`).set(bearer(token.shengshan));

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        id: staffId.lawyer02,
        username: 'lawyer02',
        regionCode: SHENGSHAN,
        phoneMasked: `139****${phoneOf('lawyer02').slice(-4)}`,
      });
      expect(leaksAPhone(res.body)).toBe(false);
    });

    it('hides a 掌起镇 lawyer from the 胜山镇 official (404 STAFF_NOT_FOUND)', async () => {
      const res = await t.http().get(`/api/v1/staff/${staffId.lawyer07}`).set(bearer(token.shengshan));

      expect(res.status).toBe(404);
      expect(res.body.code).toBe('STAFF_NOT_FOUND');
    });

    it('hides the county official from the township official', async () => {
      const res = await t
        .http()
        .get(`/api/v1/staff/${staffId['cixi.official']}`)
        .set(bearer(token.shengshan));

      expect(res.status).toBe(404);
    });

    it('answers an id that is not a uuid with 400', async () => {
      const res = await t.http().get('/api/v1/staff/lawyer01').set(bearer(token.shengshan));

      expect(res.status).toBe(400);
      expect(res.body.details.id).toBeDefined();
    });
  });

  describe('PATCH /api/v1/staff/:id', () => {
    it('lets the township official update a lawyer of its township', async () => {
      const change = { firm: '浙江杭州湾律师事务所', phone: '13987654321' } satisfies UpdateStaffDto;

      const res = await t
        .http()
        .patch(`/api/v1/staff/${staffId.lawyer03}`)
        .set(bearer(token.shengshan))
        .send(change);

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ firm: '浙江杭州湾律师事务所', phoneMasked: '139****4321' });
    });

    it('hides a 掌起镇 lawyer (404) and leaves the record unchanged', async () => {
      const res = await t
        .http()
        .patch(`/api/v1/staff/${staffId.lawyer08}`)
        .set(bearer(token.shengshan))
        .send({ firm: '越界律所' });

      expect(res.status).toBe(404);
      const seen = await t.http().get(`/api/v1/staff/${staffId.lawyer08}`).set(bearer(token.cixi));
      expect(seen.body.firm).toBe(DEMO_LAWYERS[7].firm);
    });

    it('refuses to move a lawyer into another township (403 OUTSIDE_JURISDICTION)', async () => {
      const res = await t
        .http()
        .patch(`/api/v1/staff/${staffId.lawyer04}`)
        .set(bearer(token.shengshan))
        .send({ regionCode: ZHANGQI });

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('OUTSIDE_JURISDICTION');
    });

    it.each(['name', 'regionCode', 'status'])(
      'refuses null for %s with 400 (not 500) and keeps the record',
      async (field) => {
        const before = await t.http().get(`/api/v1/staff/${staffId.lawyer05}`).set(bearer(token.shengshan));

        const res = await t
          .http()
          .patch(`/api/v1/staff/${staffId.lawyer05}`)
          .set(bearer(token.shengshan))
          .send({ [field]: null });

        expect(res.status).toBe(400);
        expect(res.body.details[field]).toBeDefined();
        const after = await t.http().get(`/api/v1/staff/${staffId.lawyer05}`).set(bearer(token.shengshan));
        expect(after.body).toEqual(before.body);
      },
    );
  });

  describe('GET /api/v1/staff/:id/phone', () => {
    it('reveals the full number and writes a pii.read event the auditor can see', async () => {
      const res = await t.http().get(`/api/v1/staff/${staffId.lawyer01}/phone`).set(bearer(token.shengshan));

      expect(res.status).toBe(200);
      expect(res.body).toEqual({ phone: phoneOf('lawyer01') });
      const events = await piiReads(staffId.lawyer01);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        actorName: '胡所长',
        entityType: 'staff',
        entityId: staffId.lawyer01,
        regionCode: SHENGSHAN,
        changes: { note: { field: 'phone' } },
      });
      expect(JSON.stringify(events)).not.toContain(phoneOf('lawyer01'));
    });

    it('writes one event for every read', async () => {
      const before = (await piiReads(staffId.lawyer06)).length;

      await t.http().get(`/api/v1/staff/${staffId.lawyer06}/phone`).set(bearer(token.shengshan));
      await t.http().get(`/api/v1/staff/${staffId.lawyer06}/phone`).set(bearer(token.cixi));

      expect((await piiReads(staffId.lawyer06)).length).toBe(before + 2);
    });

    it('hides a 掌起镇 lawyer’s phone from the 胜山镇 official (404) and records no read', async () => {
      const res = await t.http().get(`/api/v1/staff/${staffId.lawyer09}/phone`).set(bearer(token.shengshan));

      expect(res.status).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain(phoneOf('lawyer09'));
      expect(await piiReads(staffId.lawyer09)).toEqual([]);
    });

    it('refuses the lawyer and the auditor (403)', async () => {
      const asLawyer = await t
        .http()
        .get(`/api/v1/staff/${staffId.lawyer01}/phone`)
        .set(bearer(token.lawyer));
      const asAuditor = await t
        .http()
        .get(`/api/v1/staff/${staffId.lawyer01}/phone`)
        .set(bearer(token.auditor));

      expect([asLawyer.status, asAuditor.status]).toEqual([403, 403]);
    });

    it('answers an account without a phone with null', async () => {
      const res = await t
        .http()
        .get(`/api/v1/staff/${staffId['shengshan.official']}/phone`)
        .set(bearer(token.shengshan));

      expect(res.status).toBe(200);
      expect(res.body).toEqual({ phone: null });
    });
  });
});
