import { Readable } from 'node:stream';
import { Client } from 'pg';
import { PrivilegedAccountsService } from '@app/auth';
import type { LoginDto } from '@app/auth/dto/auth.dto';
import { asSystem, businessInstant, type Caller, FixedClock, RequestContext } from '@app/core';
import { DEMO_COUNTY, DEMO_PASSWORD, SHENGSHAN } from '@app/demo';
import { StaffService } from '@app/org';
import type { CreateStaffDto, StaffResponse, UpdateStaffDto } from '@app/org/staff/dto/staff.dto';
import { bearer, useTestApp } from '@app/testing';
import {
  AccountsCreateCommand,
  AccountsDisableCommand,
  AccountsListCommand,
  AccountsResetPasswordCommand,
  readPasswordFromStdin,
} from '../../apps/cli/src/accounts-commands';

describe('三权分立: separation of duties (e2e)', () => {
  const clock = new FixedClock(businessInstant('2027-02-03', '10:00'));
  const t = useTestApp({ seed: true, clock });
  const id: Record<string, string> = {};

  beforeAll(async () => {
    const all = await t
      .http()
      .get('/api/v1/staff')
      .query({ pageSize: 500 })
      .set(bearer(await t.login('cixi.official')));
    for (const s of all.body.items as StaffResponse[]) id[s.username] = s.id;
  });

  const createStaff = async (as: string, body: object) =>
    t
      .http()
      .post('/api/v1/staff')
      .set(bearer(await t.login(as)))
      .send(body);
  const patchStaff = async (as: string, username: string, body: UpdateStaffDto) =>
    t
      .http()
      .patch(`/api/v1/staff/${id[username]}`)
      .set(bearer(await t.login(as)))
      .send(body);
  const signIn = (username: string, password: string) =>
    t
      .http()
      .post('/api/v1/auth/login')
      .send({ username, password } satisfies LoginDto);

  /** Runs a CLI command class against the test database, as `npm run cli -- accounts …` would; returns its output. */
  async function cli(
    command: { run(args: string[], options: object): Promise<void> },
    options: object,
  ): Promise<string> {
    const lines: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      await command.run([], options);
    } finally {
      write.mockRestore();
    }
    return lines.join('');
  }
  const accounts = () => t.app.get(PrivilegedAccountsService);

  async function auditOf(entityId: string, action?: string) {
    const res = await t
      .http()
      .get('/api/v1/audit-events')
      .query({ entityId, ...(action ? { action } : {}) })
      .set(bearer(await t.login('auditor')));
    expect(res.status).toBe(200);
    return res.body.items as { action: string; actorName: string; changes: Record<string, unknown> }[];
  }

  describe('the API never changes a privileged account', () => {
    it.each([
      ['auditor', { status: 'disabled' }],
      ['auditor', { name: '改名' }],
      ['admin', { name: '改名', phone: '13900001111' }],
      ['security', { status: 'disabled' }],
    ] as [string, UpdateStaffDto][])(
      'answers a county official’s PATCH of the %s with 403 PRIVILEGED_ACCOUNT and changes nothing',
      async (target, change) => {
        const res = await patchStaff('cixi.official', target, change);

        expect(res.status).toBe(403);
        expect(res.body.code).toBe('PRIVILEGED_ACCOUNT');
        expect((await signIn(target, DEMO_PASSWORD)).status).toBe(200);
        const seen = await t
          .http()
          .get(`/api/v1/staff/${id[target]}`)
          .set(bearer(await t.login('cixi.official')));
        expect(seen.body).toMatchObject({ status: 'active', phoneMasked: null });
        expect(seen.body.name).not.toBe('改名');
      },
    );

    it.each(['admin', 'security', 'auditor'])(
      'answers the admin’s POST /staff of kind %s with 403 PRIVILEGED_ACCOUNT and creates nothing',
      async (kind) => {
        const res = await createStaff('admin', {
          username: `second.${kind}`,
          name: '第二个',
          kind,
          regionCode: DEMO_COUNTY,
          password: 'Second-Account-2027',
        });

        expect(res.status).toBe(403);
        expect(res.body.code).toBe('PRIVILEGED_ACCOUNT');
        expect((await signIn(`second.${kind}`, 'Second-Account-2027')).status).toBe(401);
      },
    );

    it('answers the admin’s PATCH of the auditor (and of itself) with 403', async () => {
      expect((await patchStaff('admin', 'auditor', { status: 'disabled' })).status).toBe(403);
      expect((await patchStaff('admin', 'admin', { name: '超级管理员' })).status).toBe(403);
    });
  });

  describe('the auditor reads and verifies the audit trail, nothing else', () => {
    it.each([
      '/api/v1/service-logs',
      '/api/v1/workshops',
      '/api/v1/attendance',
      '/api/v1/advisor-coverage',
      '/api/v1/staff',
    ])('answers the auditor’s GET %s with 403 FORBIDDEN_ROLE', async (path) => {
      const res = await t
        .http()
        .get(path)
        .set(bearer(await t.login('auditor')));

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN_ROLE');
    });

    it('lets the auditor read and verify the trail', async () => {
      const auditor = bearer(await t.login('auditor'));

      expect((await t.http().get('/api/v1/audit-events').set(auditor)).status).toBe(200);
      expect((await t.http().get('/api/v1/audit-events/verify').set(auditor)).status).toBe(200);
    });
  });

  describe('officials manage lawyers and the officials below them', () => {
    it('lets the county official create and manage a township official', async () => {
      const created = await createStaff('cixi.official', {
        username: 'shengshan.clerk',
        name: '胜山镇干事',
        kind: 'official',
        regionCode: SHENGSHAN,
        password: 'Township-Clerk-2027',
      } satisfies CreateStaffDto);
      id['shengshan.clerk'] = created.body.id;

      const rename = await patchStaff('cixi.official', 'shengshan.clerk', { name: '胜山镇副所长' });

      expect(created.status).toBe(201);
      expect(rename.status).toBe(200);
    });

    it('does not let a township official create an official of its own township (403 ROLE_NOT_GRANTABLE)', async () => {
      const res = await createStaff('shengshan.official', {
        username: 'shengshan.peer',
        name: '同级',
        kind: 'official',
        regionCode: SHENGSHAN,
        password: 'Township-Peer-2027',
      } satisfies CreateStaffDto);

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('ROLE_NOT_GRANTABLE');
    });

    it('does not let a township official change the county official (not found) nor a peer (403)', async () => {
      const county = await patchStaff('shengshan.official', 'cixi.official', { name: '改名' });
      const peer = await patchStaff('shengshan.official', 'shengshan.clerk', { status: 'disabled' });

      expect(county.status).toBe(404);
      expect(peer.status).toBe(403);
      expect(peer.body.code).toBe('NOT_BELOW_CALLER');
    });

    it('does not let anyone manage their own account (403 NOT_BELOW_CALLER)', async () => {
      const res = await patchStaff('cixi.official', 'cixi.official', { status: 'disabled' });

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('NOT_BELOW_CALLER');
    });
  });

  describe('the database', () => {
    it('refuses an account holding two privileged roles, or an ordinary one holding one', async () => {
      const db = new Client({ connectionString: t.config.databaseUrl });
      await db.connect();
      try {
        await expect(
          db.query(`UPDATE staff SET roles = '{admin,auditor}' WHERE username = 'admin'`),
        ).rejects.toMatchObject({ code: '23514', constraint: 'staff_privileged_role_alone' });
        await expect(
          db.query(`UPDATE staff SET roles = '{official,auditor}' WHERE username = 'cixi.official'`),
        ).rejects.toMatchObject({ code: '23514', constraint: 'staff_privileged_role_alone' });
        await expect(
          db.query(`UPDATE staff SET kind = 'security' WHERE username = 'admin'`),
        ).rejects.toMatchObject({ code: '23514', constraint: 'staff_privileged_role_alone' });
      } finally {
        await db.end();
      }
    });
  });

  describe('npm run cli -- accounts', () => {
    it('creates an auditor with a one-time password, audited and visible to the auditor', async () => {
      const out = await cli(new AccountsCreateCommand(accounts()), {
        kind: 'auditor',
        username: 'auditor2',
        name: '第二审计员',
        region: DEMO_COUNTY,
      });

      const password = /One-time password[^:]*: (\S+)/.exec(out)?.[1];
      expect(out).toContain('Created auditor2 (auditor, 第二审计员, 330282, active)');
      expect(password).toMatch(/^.{20}$/);
      const login = await signIn('auditor2', password!);
      expect(login.status).toBe(200);
      expect(login.body.user.roles).toEqual(['auditor']);
      const [event] = await auditOf(login.body.user.id, 'create');
      expect(event.actorName).toMatch(/^command line \(/);
      expect(event.changes).toMatchObject({ kind: { to: 'auditor' } });
    });

    it('creates a security administrator and an admin (each holding only their role)', async () => {
      await cli(new AccountsCreateCommand(accounts()), {
        kind: 'security',
        username: 'security2',
        name: '第二安全员',
        region: DEMO_COUNTY,
      });
      const out = await cli(new AccountsListCommand(accounts()), {});

      expect(out).toMatch(/security2 \(security, 第二安全员, 330282, active\)/);
      expect(out).toMatch(/admin +admin \(admin, 系统管理员/);
    });

    it('refuses a kind that is not privileged, and a common password', async () => {
      await expect(
        asSystem((system) =>
          accounts().create(
            system,
            { kind: 'official', username: 'cli.official', name: '命令行', regionCode: DEMO_COUNTY },
            'test',
          ),
        ),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
      await expect(
        asSystem((system) =>
          accounts().create(
            system,
            {
              kind: 'admin',
              username: 'admin2',
              name: '命令行',
              regionCode: DEMO_COUNTY,
              password: 'Password2027!',
            },
            'test',
          ),
        ),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { password: expect.any(Array) } });
    });

    it('disables an account: its session ends at once, the change is audited', async () => {
      await asSystem((system) =>
        accounts().create(
          system,
          {
            kind: 'admin',
            username: 'admin.deputy',
            name: '副管理员',
            regionCode: DEMO_COUNTY,
            password: 'Deputy-Admin-2027',
          },
          'test',
        ),
      );
      const session = await signIn('admin.deputy', 'Deputy-Admin-2027');

      const out = await cli(new AccountsDisableCommand(accounts()), { username: 'admin.deputy' });

      expect(out).toContain('Disabled admin.deputy (admin, 副管理员, 330282, disabled)');
      const me = await t.http().get('/api/v1/auth/me').set(bearer(session.body.accessToken));
      expect(me.status).toBe(401);
      expect(me.body.code).toBe('SESSION_ENDED');
      expect((await signIn('admin.deputy', 'Deputy-Admin-2027')).body.code).toBe('ACCOUNT_DISABLED');
      const [event] = await auditOf(session.body.user.id, 'disable');
      expect(event).toMatchObject({ actorName: expect.stringMatching(/^command line \(/) });
      expect(event.changes).toMatchObject({ status: { from: 'active', to: 'disabled' } });
    });

    it('resets a password: the old sessions end, the new one-time password signs in', async () => {
      const before = await signIn('security', DEMO_PASSWORD);

      const out = await cli(new AccountsResetPasswordCommand(accounts()), { username: 'security' });

      const password = /One-time password[^:]*: (\S+)/.exec(out)![1];
      const me = await t.http().get('/api/v1/auth/me').set(bearer(before.body.accessToken));
      expect(me.status).toBe(401);
      expect(me.body.code).toBe('SESSION_ENDED');
      expect((await signIn('security', password)).status).toBe(200);
      expect(await auditOf((await staffIdOf('security'))!, 'password.reset')).toHaveLength(1);
    });

    it('reads a password from standard input (--password-stdin)', async () => {
      expect(await readPasswordFromStdin(Readable.from(['Piped-Secret-2027\n', 'ignored\n']))).toBe(
        'Piped-Secret-2027',
      );
      await expect(readPasswordFromStdin(Readable.from([]))).rejects.toThrow(/nothing was read/);
    });

    it.each([
      ['a signed-in admin', 'admin'],
      ['no caller', 'none'],
      ['an object shaped like the system', 'forged'],
    ] as const)('is refused for every caller but the system: %s', async (_, who) => {
      const staff = t.app.get(StaffService);
      const admin = {
        id: id.admin,
        kind: 'staff' as const,
        name: '系统管理员',
        roles: ['admin' as const],
        regionCode: DEMO_COUNTY,
      };
      const caller = { admin, none: undefined, forged: { kind: 'system' } }[who] as unknown as Caller;

      const attempt = RequestContext.run({ principal: who === 'admin' ? admin : undefined }, () =>
        staff.createPrivileged(caller, {
          kind: 'auditor',
          username: 'sneaky.auditor',
          name: '越权',
          regionCode: DEMO_COUNTY,
          password: 'Sneaky-Auditor-2027',
        }),
      );

      await expect(attempt).rejects.toMatchObject({ code: 'PRIVILEGED_ACCOUNT' });
      expect(await staffIdOf('sneaky.auditor')).toBeUndefined();
    });
  });

  async function staffIdOf(username: string): Promise<string | undefined> {
    const res = await t
      .http()
      .get('/api/v1/staff')
      .query({ q: username })
      .set(bearer(await t.login('cixi.official')));
    return (res.body.items as StaffResponse[]).find((s) => s.username === username)?.id;
  }
});
