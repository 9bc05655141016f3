import { FixedClock, PiiCipher } from '@app/core';
import { idNumberCheckDigit } from '@app/legal-aid';
import { bearer, demoIds, sql, useTestApp } from '@app/testing';
import { application, idNumber, withWrongCheckDigit } from '../setup/legal-aid';

// 10:00 on Monday 23 November 2026, Asia/Shanghai.
const MONDAY_10AM = new Date('2026-11-23T02:00:00Z');

describe('Legal-aid cases', () => {
  const clock = new FixedClock(MONDAY_10AM);
  const t = useTestApp({ seed: true, clock });
  const token: Record<string, string> = {};
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let n = 0;

  const as = (who: string) => ({
    post: (path: string, body?: object) =>
      t.http().post(`/api/v1/legal-aid-cases${path}`).set(bearer(token[who])).send(body),
    get: (path = '', query: Record<string, string | number> = {}) =>
      t.http().get(`/api/v1/legal-aid-cases${path}`).query(query).set(bearer(token[who])),
  });

  /** A new application at the 胜山镇 centre (by lawyer01 unless told), answered 201. */
  async function intake(who = 'lawyer01', pointId = ids.shengshanCentre) {
    const res = await as(who).post('', application(pointId, ++n));
    if (res.status !== 201) throw new Error(`intake: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; caseNo: string; applicant: Record<string, string> };
  }

  async function accepted(who = 'lawyer01') {
    const c = await intake(who);
    await as('shengshan.official').post(`/${c.id}/decision`, { accepted: true, reason: '符合经济困难标准' });
    return c;
  }

  beforeAll(async () => {
    ids = await demoIds(t);
    for (const u of [
      'shengshan.official',
      'zhangqi.official',
      'cixi.official',
      'lawyer01',
      'lawyer02',
      'lawyer03',
      'lawyer07',
      'admin',
    ])
      token[u] = await t.login(u);
  });

  afterEach(() => clock.set(MONDAY_10AM));

  describe('POST /api/v1/legal-aid-cases', () => {
    it('takes in an application: 201 with the case number, applied, and the decision due 7 days on', async () => {
      const res = await as('lawyer01').post('', application(ids.shengshanCentre, 900));

      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        caseNo: expect.stringMatching(/^\(2026\)慈法援字第\d{4}号$/),
        status: 'applied',
        decisionDue: '2026-11-30',
        regionCode: '330282113',
        assignmentDue: null,
        overdue: false,
      });
      expect(res.body.timeline).toEqual([
        expect.objectContaining({
          step: 'apply',
          fromStatus: null,
          toStatus: 'applied',
          actor: expect.objectContaining({ name: '王建国' }),
        }),
      ]);
    });

    it('stores the phone and ID number encrypted, with blind indexes', async () => {
      const c = await intake();
      const pii = t.app.get(PiiCipher);

      const [row] = await sql<{
        phone_enc: Buffer;
        id_number_enc: Buffer;
        phone_index: string;
        id_number_index: string;
      }>(
        t,
        `SELECT phone_enc, id_number_enc, phone_index, id_number_index FROM legal_aid_case WHERE id = $1`,
        [c.id],
      );

      expect(row.phone_enc.toString('latin1')).not.toContain('138');
      expect(row.id_number_enc.toString('latin1')).not.toContain('330282');
      expect(pii.decrypt(row.id_number_enc)).toBe(idNumber(n));
      expect(row.id_number_index).toBe(pii.blindIndex(idNumber(n)));
      expect(row.phone_index).toBe(pii.blindIndex(application('', n).applicant.phone));
    });

    it('refuses an ID number with a wrong check digit: 400 naming applicant.idNumber', async () => {
      const body = application(ids.shengshanCentre, 901);
      body.applicant.idNumber = withWrongCheckDigit(body.applicant.idNumber);

      const res = await as('lawyer01').post('', body);

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details['applicant.idNumber']).toEqual([expect.stringMatching(/wrong check digit/)]);
    });

    it('refuses an ID number whose birth date does not exist, and one born in the future', async () => {
      const feb30 = '33028219900230123';
      const future = '33028220270101123';
      const digit = (s: string) => `${s}${idNumberCheckDigit(s)}`;

      const a = await as('lawyer01').post('', {
        ...application(ids.shengshanCentre, 902),
        applicant: { name: '甲', phone: '13800000001', idNumber: digit(feb30) },
      });
      const b = await as('lawyer01').post('', {
        ...application(ids.shengshanCentre, 903),
        applicant: { name: '乙', phone: '13800000002', idNumber: digit(future) },
      });

      expect([a.status, b.status]).toEqual([400, 400]);
      expect(Object.keys(a.body.details)).toEqual(['applicant.idNumber']);
      expect(Object.keys(b.body.details)).toEqual(['applicant.idNumber']);
    });

    it.each([
      [
        'a phone that is not a mainland mobile',
        { applicant: { name: '甲', phone: '0574-6337', idNumber: idNumber(1) } },
        'applicant.phone',
      ],
      ['an unknown category', { category: 'divorce' }, 'category'],
      ['an empty summary', { summary: '' }, 'summary'],
      ['a summary over 2000 characters', { summary: '欠'.repeat(2001) }, 'summary'],
      [
        'a blank applicant name',
        { applicant: { name: '  ', phone: '13812345678', idNumber: idNumber(1) } },
        'applicant.name',
      ],
      ['a servicePointId that is not a UUID', { servicePointId: 'centre' }, 'servicePointId'],
      ['a receivedAt that is not a time', { receivedAt: 'yesterday' }, 'receivedAt'],
      ['a null receivedAt', { receivedAt: null }, 'receivedAt'],
      ['an unknown field', { priority: 'high' }, 'priority'],
      [
        'an unknown applicant field',
        { applicant: { name: '甲', phone: '13812345678', idNumber: idNumber(1), income: 0 } },
        'applicant.income',
      ],
      ['a missing applicant', { applicant: undefined }, 'applicant'],
      ['a null applicant', { applicant: null }, 'applicant'],
      ['an applicant that is a string', { applicant: '王建国 13812345678' }, 'applicant'],
      ['an applicant that is a list', { applicant: [{ name: '甲' }] }, 'applicant'],
      [
        'an ID number that is a number',
        { applicant: { name: '甲', phone: '13812345678', idNumber: 330282 } },
        'applicant.idNumber',
      ],
    ])('refuses %s: 400 naming the field', async (_what, change, field) => {
      const res = await as('lawyer01').post('', { ...application(ids.shengshanCentre, 904), ...change });

      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(res.body.details)).toContain(field);
    });

    it('refuses a receivedAt in the future (400) and accepts one in the past, numbering it by its year', async () => {
      const future = await as('lawyer01').post('', {
        ...application(ids.shengshanCentre, 905),
        receivedAt: '2026-11-23T02:05:00Z',
      });
      const past = await as('lawyer01').post('', {
        ...application(ids.shengshanCentre, 906),
        receivedAt: '2026-11-20T01:00:00Z',
      });

      expect(future.status).toBe(400);
      expect(Object.keys(future.body.details)).toEqual(['receivedAt']);
      expect(past.status).toBe(201);
      expect(past.body).toMatchObject({ receivedAt: '2026-11-20T01:00:00.000Z', decisionDue: '2026-11-27' });
    });

    it('stores HTML in the summary as the text it is', async () => {
      const summary = '<script>alert("x")</script><b>欠薪</b> & 工伤';

      const created = await as('lawyer01').post('', { ...application(ids.shengshanCentre, 907), summary });
      const read = await as('shengshan.official').get(`/${created.body.id}`);

      expect(read.status).toBe(200);
      expect(read.headers['content-type']).toMatch(/application\/json/);
      expect(read.body.summary).toBe(summary);
      const [row] = await sql<{ summary: string }>(t, `SELECT summary FROM legal_aid_case WHERE id = $1`, [
        created.body.id,
      ]);
      expect(row.summary).toBe(summary);
    });

    it('lets a lawyer take in only at the points of their township (403), and answers 404 for an unknown point', async () => {
      const other = await as('lawyer01').post('', application(ids.zhangqiCentre, 908));
      const unknown = await as('lawyer01').post('', application('6f9619ff-8b86-4d11-b42d-00c04fc964ff', 909));
      const county = await as('cixi.official').post('', application(ids.zhangqiCentre, 910));

      expect(other.status).toBe(403);
      expect(other.body.code).toBe('OUTSIDE_JURISDICTION');
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('SERVICE_POINT_NOT_FOUND');
      expect(county.status).toBe(201);
      expect(county.body.regionCode).toBe('330282104');
    });

    it.each([
      ['a list', [application('x', 1)]],
      ['a string', 'legal aid please'],
      ['a number', 42],
      ['null', null],
    ])('refuses a body that is %s with a 4xx, never a 500', async (_what, body) => {
      const res = await t
        .http()
        .post('/api/v1/legal-aid-cases')
        .set(bearer(token.lawyer01))
        .set('content-type', 'application/json')
        .send(JSON.stringify(body));

      expect(res.status).toBe(400);
      expect(res.body.code).toMatch(/^(VALIDATION_FAILED|MALFORMED_REQUEST|BAD_REQUEST)$/);
    });

    it('refuses the admin (403) and an anonymous caller (401)', async () => {
      const admin = await as('admin').post('', application(ids.shengshanCentre, 911));
      const anonymous = await t
        .http()
        .post('/api/v1/legal-aid-cases')
        .send(application(ids.shengshanCentre, 912));

      expect([admin.status, anonymous.status]).toEqual([403, 401]);
    });
  });

  describe('masking and the audited reveal', () => {
    it('masks the applicant’s phone and ID number in lists and never sends them in full', async () => {
      const c = await intake();
      const full = application('', n).applicant;

      const res = await as('shengshan.official').get('', { pageSize: 500 });

      expect(res.status).toBe(200);
      const item = res.body.items.find((i: { id: string }) => i.id === c.id);
      expect(item.applicant).toEqual({
        name: full.name,
        phoneMasked: `${full.phone.slice(0, 3)}****${full.phone.slice(-4)}`,
        idNumberMasked: `330282**********${full.idNumber.slice(-2)}`,
      });
      expect(res.text).not.toContain(full.phone);
      expect(res.text).not.toContain(full.idNumber);
    });

    it('reveals the applicant to an official with reveal=true and writes a pii.read audit event', async () => {
      const c = await intake();
      const full = application('', n).applicant;
      const reads = () =>
        sql<{ actor_name: string; region_code: string; changes: { note: Record<string, unknown> } }>(
          t,
          `SELECT actor_name, region_code, changes FROM audit_event WHERE action = 'pii.read' AND entity_type = 'legal_aid_case' AND entity_id = $1`,
          [c.id],
        );

      const plain = await as('shengshan.official').get(`/${c.id}`);
      expect(plain.body.applicant.phone).toBeUndefined();
      expect(await reads()).toEqual([]);
      const res = await as('shengshan.official').get(`/${c.id}`, { reveal: 'true' });

      expect(res.status).toBe(200);
      expect(res.body.applicant).toMatchObject({ phone: full.phone, idNumber: full.idNumber });
      const events = await reads();
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actor_name: '胡所长', region_code: '330282113' });
      expect(JSON.stringify(events)).not.toContain(full.idNumber);
    });

    it('refuses the reveal to a lawyer the case is not assigned to (403), and hides the case from other towns (404)', async () => {
      const c = await intake('lawyer01');

      const byCreator = await as('lawyer01').get(`/${c.id}`, { reveal: 'true' });
      const byOtherLawyer = await as('lawyer02').get(`/${c.id}`);
      const byOtherTown = await as('zhangqi.official').get(`/${c.id}`, { reveal: 'true' });

      expect(byCreator.status).toBe(403);
      expect(byCreator.body.code).toBe('REVEAL_NOT_ALLOWED');
      expect(byOtherLawyer.status).toBe(404);
      expect(byOtherTown.status).toBe(404);
      expect(byOtherTown.body.code).toBe('LEGAL_AID_CASE_NOT_FOUND');
      const [{ count }] = await sql<{ count: number }>(
        t,
        `SELECT count(*)::int AS count FROM audit_event WHERE action = 'pii.read' AND entity_id = $1`,
        [c.id],
      );
      expect(count).toBe(0);
    });
  });

  describe('the status machine', () => {
    it('runs a case from application to closing, with every step in the timeline and the audit trail', async () => {
      const c = await intake('lawyer01');
      const official = as('shengshan.official');

      const decided = await official.post(`/${c.id}/decision`, {
        accepted: true,
        reason: '农民工追索劳动报酬',
      });
      const assigned = await official.post(`/${c.id}/assign`, { lawyerId: ids.staff.lawyer02 });
      clock.set(new Date('2026-11-24T01:00:00Z'));
      const started = await as('lawyer02').post(`/${c.id}/start`);
      const reassigned = await official.post(`/${c.id}/assign`, { lawyerId: ids.staff.lawyer03 });
      const oldLawyer = await as('lawyer02').post(`/${c.id}/close`, { outcome: '调解结案' });
      clock.set(new Date('2026-12-02T07:00:00Z'));
      const closed = await as('lawyer03').post(`/${c.id}/close`, {
        outcome: '调解结案，支付拖欠工资',
        amountRecovered: 12800.5,
      });

      expect(decided.body).toMatchObject({ status: 'accepted', accepted: true, assignmentDue: '2026-11-26' });
      expect(assigned.body).toMatchObject({
        status: 'assigned',
        assignedLawyer: { id: ids.staff.lawyer02, name: '李丽华' },
      });
      expect(started.body.status).toBe('in_progress');
      expect(reassigned.body).toMatchObject({
        status: 'in_progress',
        assignedLawyer: { id: ids.staff.lawyer03 },
      });
      expect(oldLawyer.status).toBe(404);
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({
        status: 'closed',
        outcome: '调解结案，支付拖欠工资',
        amountRecovered: 12800.5,
        closedAt: '2026-12-02T07:00:00.000Z',
      });
      expect(
        closed.body.timeline.map(
          (e: { step: string; fromStatus: string; toStatus: string; actor: { name: string } }) => [
            e.step,
            e.fromStatus,
            e.toStatus,
            e.actor.name,
          ],
        ),
      ).toEqual([
        ['apply', null, 'applied', '王建国'],
        ['accept', 'applied', 'accepted', '胡所长'],
        ['assign', 'accepted', 'assigned', '胡所长'],
        ['start', 'assigned', 'in_progress', '李丽华'],
        ['reassign', 'in_progress', 'in_progress', '胡所长'],
        ['close', 'in_progress', 'closed', '张志强'],
      ]);
      expect(closed.body.timeline[4].details).toEqual({
        lawyerId: ids.staff.lawyer03,
        lawyerName: '张志强',
        previousLawyerId: ids.staff.lawyer02,
      });
      expect(closed.body.timeline[3].at).toBe('2026-11-24T01:00:00.000Z');
      const audit = await sql<{ action: string }>(
        t,
        `SELECT action FROM audit_event WHERE entity_type = 'legal_aid_case' AND entity_id = $1 ORDER BY id`,
        [c.id],
      );
      expect(audit.map((a) => a.action)).toEqual([
        'create',
        'accept',
        'assign',
        'start',
        'reassign',
        'close',
      ]);
      const [row] = await sql<{ amount_recovered_fen: string }>(
        t,
        `SELECT amount_recovered_fen FROM legal_aid_case WHERE id = $1`,
        [c.id],
      );
      expect(Number(row.amount_recovered_fen)).toBe(1280050);
    });

    it('rejects an application with a reason, and needs the reason (400)', async () => {
      const c = await intake();

      const noReason = await as('shengshan.official').post(`/${c.id}/decision`, { accepted: false });
      const rejected = await as('shengshan.official').post(`/${c.id}/decision`, {
        accepted: false,
        reason: '不符合经济困难条件',
      });

      expect(noReason.status).toBe(400);
      expect(Object.keys(noReason.body.details)).toEqual(['reason']);
      expect(rejected.body).toMatchObject({ status: 'rejected', accepted: false, assignmentDue: null });
    });

    it('refuses illegal transitions with 422 ILLEGAL_TRANSITION', async () => {
      const c = await intake();
      const official = as('shengshan.official');

      const startApplied = await official.post(`/${c.id}/start`);
      const terminateApplied = await official.post(`/${c.id}/terminate`, { reason: '申请人不再符合条件' });
      await official.post(`/${c.id}/withdraw`, { reason: '申请人撤回申请' });
      const decideWithdrawn = await official.post(`/${c.id}/decision`, { accepted: true });
      const withdrawAgain = await official.post(`/${c.id}/withdraw`);

      for (const res of [startApplied, terminateApplied, decideWithdrawn, withdrawAgain]) {
        expect(res.status).toBe(422);
        expect(res.body.code).toBe('ILLEGAL_TRANSITION');
      }
      expect(decideWithdrawn.body.details).toMatchObject({ status: 'withdrawn', action: 'accept' });
    });

    it('refuses a second decision (422)', async () => {
      const c = await accepted();

      const again = await as('shengshan.official').post(`/${c.id}/decision`, {
        accepted: false,
        reason: '重复',
      });

      expect(again.status).toBe(422);
      expect(again.body.code).toBe('ILLEGAL_TRANSITION');
    });

    it('refuses to close a case that was never assigned: 422 CASE_NOT_ASSIGNED', async () => {
      const applied = await intake();
      const acceptedCase = await accepted();

      const a = await as('shengshan.official').post(`/${applied.id}/close`, { outcome: '结案' });
      const b = await as('shengshan.official').post(`/${acceptedCase.id}/close`, { outcome: '结案' });

      expect([a.status, b.status]).toEqual([422, 422]);
      expect([a.body.code, b.body.code]).toEqual(['CASE_NOT_ASSIGNED', 'CASE_NOT_ASSIGNED']);
    });

    it('refuses a lawyer of another county (422 LAWYER_OUTSIDE_COUNTY) and a non-lawyer or unknown id (404)', async () => {
      const c = await accepted();
      const [{ parent_code }] = await sql<{ parent_code: string }>(
        t,
        `SELECT parent_code FROM region WHERE code = '330282'`,
      );
      await sql(
        t,
        `INSERT INTO region (code, name, level, parent_code) VALUES ('330281', '余姚市', 'county', $1) ON CONFLICT DO NOTHING`,
        [parent_code],
      );
      const [yuyao] = await sql<{ id: string }>(
        t,
        `INSERT INTO staff (username, name, kind, roles, region_code, password_hash)
         VALUES ('yuyao.lawyer', '余律师', 'lawyer', ARRAY['lawyer'], '330281', 'x') RETURNING id`,
      );

      const outside = await as('shengshan.official').post(`/${c.id}/assign`, { lawyerId: yuyao.id });
      const official = await as('shengshan.official').post(`/${c.id}/assign`, {
        lawyerId: ids.staff['cixi.official'],
      });
      const unknown = await as('shengshan.official').post(`/${c.id}/assign`, {
        lawyerId: '6f9619ff-8b86-4d11-b42d-00c04fc964ff',
      });
      const sameCountyOtherTown = await as('shengshan.official').post(`/${c.id}/assign`, {
        lawyerId: ids.staff.lawyer07,
      });

      expect(outside.status).toBe(422);
      expect(outside.body.code).toBe('LAWYER_OUTSIDE_COUNTY');
      expect([official.status, unknown.status]).toEqual([404, 404]);
      expect(official.body.code).toBe('LAWYER_NOT_FOUND');
      expect(sameCountyOtherTown.status).toBe(200);
      expect(sameCountyOtherTown.body.status).toBe('assigned');
    });

    it('lets the assigned lawyer of another town see the case, reveal the applicant and run it', async () => {
      const c = await accepted();
      await as('shengshan.official').post(`/${c.id}/assign`, { lawyerId: ids.staff.lawyer07 });

      const seen = await as('lawyer07').get(`/${c.id}`);
      const revealed = await as('lawyer07').get(`/${c.id}`, { reveal: 'true' });
      const started = await as('lawyer07').post(`/${c.id}/start`);

      expect(seen.status).toBe(200);
      expect(revealed.body.applicant.idNumber).toBe(idNumber(n));
      expect(started.body.status).toBe('in_progress');
    });

    it('refuses to reassign to the lawyer who has the case (422 ALREADY_ASSIGNED)', async () => {
      const c = await accepted();
      await as('shengshan.official').post(`/${c.id}/assign`, { lawyerId: ids.staff.lawyer02 });

      const again = await as('shengshan.official').post(`/${c.id}/assign`, { lawyerId: ids.staff.lawyer02 });

      expect(again.status).toBe(422);
      expect(again.body.code).toBe('ALREADY_ASSIGNED');
    });

    it('refuses a negative, over-precise or textual amountRecovered (400), and a close by a lawyer it is not assigned to (403)', async () => {
      const c = await accepted('lawyer01');
      await as('shengshan.official').post(`/${c.id}/assign`, { lawyerId: ids.staff.lawyer02 });

      const negative = await as('lawyer02').post(`/${c.id}/close`, { outcome: '结案', amountRecovered: -1 });
      const fraction = await as('lawyer02').post(`/${c.id}/close`, {
        outcome: '结案',
        amountRecovered: 1.001,
      });
      const text = await as('lawyer02').post(`/${c.id}/close`, { outcome: '结案', amountRecovered: '100' });
      const noOutcome = await as('lawyer02').post(`/${c.id}/close`, {});
      const creator = await as('lawyer01').post(`/${c.id}/close`, { outcome: '结案' });

      for (const res of [negative, fraction, text]) {
        expect(res.status).toBe(400);
        expect(Object.keys(res.body.details)).toEqual(['amountRecovered']);
      }
      expect(noOutcome.status).toBe(400);
      expect(creator.status).toBe(403);
      expect(creator.body.code).toBe('NOT_ASSIGNED_LAWYER');
    });

    it('keeps decisions, assignments and termination to officials (403 for lawyers)', async () => {
      const c = await intake();

      const decide = await as('lawyer01').post(`/${c.id}/decision`, { accepted: true });
      const assign = await as('lawyer01').post(`/${c.id}/assign`, { lawyerId: ids.staff.lawyer01 });
      const terminate = await as('lawyer01').post(`/${c.id}/terminate`, { reason: '终止' });

      expect([decide.status, assign.status, terminate.status]).toEqual([403, 403, 403]);
    });

    it('terminates a granted case with a reason and withdraws one in progress', async () => {
      const a = await accepted();
      const b = await accepted();
      await as('shengshan.official').post(`/${b.id}/assign`, { lawyerId: ids.staff.lawyer02 });
      await as('lawyer02').post(`/${b.id}/start`);

      const terminated = await as('shengshan.official').post(`/${a.id}/terminate`, {
        reason: '受援人以欺骗手段获得法律援助',
      });
      const withdrawn = await as('lawyer02').post(`/${b.id}/withdraw`, { reason: '已自行和解' });
      const noReason = await as('shengshan.official').post(`/${b.id}/terminate`, {});

      expect(terminated.body).toMatchObject({
        status: 'terminated',
        endReason: '受援人以欺骗手段获得法律援助',
      });
      expect(withdrawn.body).toMatchObject({ status: 'withdrawn', endReason: '已自行和解' });
      expect(noReason.status).toBe(400);
    });

    it('answers 400 for an id that is not a UUID and 404 for an unknown case', async () => {
      const bad = await as('shengshan.official').post('/123/decision', { accepted: true });
      const unknown = await as('shengshan.official').post('/6f9619ff-8b86-4d11-b42d-00c04fc964ff/decision', {
        accepted: true,
      });

      expect(bad.status).toBe(400);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('LEGAL_AID_CASE_NOT_FOUND');
    });
  });

  describe('GET /api/v1/legal-aid-cases', () => {
    it('shows a lawyer only the cases assigned to them or that they took in', async () => {
      const mine = await intake('lawyer03');
      const assignedToMe = await accepted('lawyer01');
      await as('shengshan.official').post(`/${assignedToMe.id}/assign`, { lawyerId: ids.staff.lawyer03 });
      const notMine = await intake('lawyer01');

      const res = await as('lawyer03').get('', { pageSize: 500 });

      const seen = res.body.items.map((i: { id: string }) => i.id);
      expect(seen).toEqual(expect.arrayContaining([mine.id, assignedToMe.id]));
      expect(seen).not.toContain(notMine.id);
      expect(res.body.total).toBe(seen.length);
    });

    it('filters by status, lawyer, region and date of receipt, newest first, paginated', async () => {
      const c = await accepted();
      await as('shengshan.official').post(`/${c.id}/assign`, { lawyerId: ids.staff.lawyer02 });
      const zhangqi = await as('zhangqi.official').post('', application(ids.zhangqiCentre, ++n));

      const byLawyer = await as('shengshan.official').get('', {
        lawyerId: ids.staff.lawyer02,
        status: 'assigned',
      });
      const byRegion = await as('cixi.official').get('', { regionCode: '330282104' });
      const outside = await as('shengshan.official').get('', { regionCode: '330282104' });
      const byDate = await as('shengshan.official').get('', { from: '2026-11-20', to: '2026-11-20' });
      const page = await as('shengshan.official').get('', { pageSize: 2, page: 2 });
      const badRange = await as('shengshan.official').get('', { from: '2026-11-30', to: '2026-11-01' });
      const badStatus = await as('shengshan.official').get('', { status: 'open' });

      expect(byLawyer.body.items.map((i: { id: string }) => i.id)).toContain(c.id);
      expect(byLawyer.body.items.every((i: { status: string }) => i.status === 'assigned')).toBe(true);
      expect(byRegion.body.items.map((i: { id: string }) => i.id)).toContain(zhangqi.body.id);
      expect(
        byRegion.body.items.every((i: { regionCode: string }) => i.regionCode.startsWith('330282104')),
      ).toBe(true);
      expect(outside.body).toMatchObject({ items: [], total: 0 });
      expect(byDate.body.items.length).toBeGreaterThan(0);
      expect(
        byDate.body.items.every((i: { receivedAt: string }) => i.receivedAt.startsWith('2026-11-20')),
      ).toBe(true);
      expect(page.body).toMatchObject({ page: 2, pageSize: 2 });
      expect(page.body.items).toHaveLength(2);
      const received = page.body.items.map((i: { receivedAt: string }) => i.receivedAt);
      expect([...received].sort().reverse()).toEqual(received);
      expect([badRange.status, badStatus.status]).toEqual([400, 400]);
    });
  });

  describe('OpenAPI', () => {
    it('documents the categories, the statuses and how the statutory clocks count', async () => {
      const res = await t.http().get('/api/docs-json');

      const doc = JSON.stringify(res.body);
      expect(Object.keys(res.body.paths)).toEqual(
        expect.arrayContaining([
          '/api/v1/legal-aid-cases',
          '/api/v1/legal-aid-cases/{id}',
          '/api/v1/legal-aid-cases/{id}/decision',
          '/api/v1/legal-aid-cases/{id}/assign',
          '/api/v1/legal-aid-cases/{id}/start',
          '/api/v1/legal-aid-cases/{id}/close',
          '/api/v1/legal-aid-cases/{id}/withdraw',
          '/api/v1/legal-aid-cases/{id}/terminate',
        ]),
      );
      expect(res.body.components.schemas.CreateLegalAidCaseDto.properties.category.enum).toEqual([
        'labour_wages',
        'marriage_family',
        'traffic_injury',
        'medical',
        'consumer',
        'land_housing',
        'criminal_defence',
        'other',
      ]);
      expect(doc).toContain('moves to the next working day');
      expect(doc).toContain('ILLEGAL_TRANSITION');
    });
  });

  describe('statistics', () => {
    it('counts an accepted case in stat_daily on the decision day at the intake point, and the amount on the closing day', async () => {
      const [village] = await sql<{ id: string }>(
        t,
        `SELECT id FROM service_point WHERE region_code = '330282113201' AND kind = 'village_point'`,
      );
      const rows = () =>
        sql<{ day: string; lawyer_id: string | null; metric: string; value: number }>(
          t,
          `SELECT day, lawyer_id, metric, value FROM stat_daily WHERE service_point_id = $1 AND value <> 0 ORDER BY day, metric`,
          [village.id],
        );
      clock.set(new Date('2026-11-25T15:30:00Z')); // 23:30 on Wednesday the 25th, local time
      const c = (await as('lawyer01').post('', application(village.id, ++n))).body;
      const rejected = (await as('lawyer01').post('', application(village.id, ++n))).body;
      await as('shengshan.official').post(`/${rejected.id}/decision`, {
        accepted: false,
        reason: '不符合条件',
      });
      expect(await rows()).toEqual([]);

      clock.set(new Date('2026-11-30T16:10:00Z')); // 00:10 on 1 December, local time
      await as('shengshan.official').post(`/${c.id}/decision`, { accepted: true });
      const afterDecision = await rows();
      await as('shengshan.official').post(`/${c.id}/assign`, { lawyerId: ids.staff.lawyer02 });
      const afterAssign = await rows();
      clock.set(new Date('2026-12-15T08:00:00Z'));
      await as('lawyer02').post(`/${c.id}/close`, { outcome: '胜诉，执行到位', amountRecovered: 35000 });

      expect(afterDecision).toEqual([
        { day: '2026-12-01', lawyer_id: null, metric: 'legalAidCases', value: 1 },
      ]);
      expect(afterAssign).toEqual([
        { day: '2026-12-01', lawyer_id: ids.staff.lawyer02, metric: 'legalAidCases', value: 1 },
      ]);
      expect(await rows()).toEqual([
        { day: '2026-12-01', lawyer_id: ids.staff.lawyer02, metric: 'legalAidCases', value: 1 },
        { day: '2026-12-15', lawyer_id: ids.staff.lawyer02, metric: 'legalAidRecovered', value: 3_500_000 },
      ]);
    });

    it('leaves the counters untouched when a step is refused', async () => {
      const c = await accepted();
      const before = await sql(
        t,
        `SELECT * FROM stat_daily ORDER BY day, service_point_id, metric, lawyer_id`,
      );

      const refused = await as('shengshan.official').post(`/${c.id}/assign`, {
        lawyerId: '6f9619ff-8b86-4d11-b42d-00c04fc964ff',
      });

      expect(refused.status).toBe(404);
      expect(
        await sql(t, `SELECT * FROM stat_daily ORDER BY day, service_point_id, metric, lawyer_id`),
      ).toEqual(before);
    });
  });
});
