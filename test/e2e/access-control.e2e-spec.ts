import { randomUUID } from 'node:crypto';
import { addDays, businessInstant, FixedClock, type Role } from '@app/core';
import { useTestApp } from '@app/testing';
import { foreignFindings, type Viewer } from '../setup/foreign-rows';
import { buildWorld, type Jurisdiction, type World } from '../setup/jurisdictions';
import { rawAnswer, requestOf } from '../setup/raw-request';
import { operationKey, type RouteAccess, routeAccessByOperation } from '../setup/route-access';

/**
 * 等保 2.0 (GB/T 22239-2019) level 3, 访问控制: every operation of the OpenAPI document, asked by every
 * role, about records of a jurisdiction that is not the caller's, answers one of the statuses allowed
 * to it — 401 without a token on a route that is not public, 403 for a role the route does not name,
 * 403 or 404 for a foreign record — and never 2xx on a foreign record, never a 5xx.
 */

// Monday 23 November 2026, 10:00 in Asia/Shanghai: the demo roster holds November and December.
const NOW = businessInstant('2026-11-23', '10:00');

/** A caller of the matrix: its roles, and whose records it aims at. */
interface RoleCase {
  label: string;
  /** The roles it holds; none for an anonymous caller. */
  roles: Role[];
  viewer: (w: World) => Viewer;
  /** The foreign jurisdiction the requests aim at. */
  target: (w: World) => Jurisdiction;
  /** The caller's own jurisdiction, for requests that mix its records with foreign ones. */
  home: (w: World) => Jurisdiction | null;
}

/**
 * The roles, one caller each. To add one (e.g. the security administrator, role `security`, once it
 * exists): a login, the roles it holds, and whose records are foreign to it.
 */
const ROLE_CASES: RoleCase[] = [
  {
    label: 'anonymous',
    roles: [],
    viewer: (w) => ({ label: 'anonymous', region: null, foreign: [w.shengshan, w.zhangqi, w.yuyao] }),
    target: (w) => w.shengshan,
    home: () => null,
  },
  {
    label: 'resident',
    roles: ['resident'],
    viewer: (w) => ({
      label: 'resident',
      token: w.residents.zhangqi.token,
      id: w.residents.zhangqi.id,
      region: null,
      foreign: [w.shengshan, w.zhangqi, w.yuyao],
      own: new Set([w.residents.zhangqi.appointment]),
    }),
    target: (w) => w.shengshan,
    home: () => null,
  },
  {
    label: 'lawyer of 掌起镇',
    roles: ['lawyer'],
    viewer: (w) => ({
      label: 'lawyer of 掌起镇',
      token: w.zhangqi.lawyer.token,
      id: w.zhangqi.lawyer.id,
      region: w.zhangqi.region,
      foreign: [w.shengshan, w.yuyao],
    }),
    target: (w) => w.shengshan,
    home: (w) => w.zhangqi,
  },
  {
    label: 'township official of 掌起镇',
    roles: ['official'],
    viewer: (w) => ({
      label: 'township official of 掌起镇',
      token: w.zhangqi.official.token,
      id: w.zhangqi.official.id,
      region: w.zhangqi.region,
      foreign: [w.shengshan, w.yuyao],
    }),
    target: (w) => w.shengshan,
    home: (w) => w.zhangqi,
  },
  {
    label: 'county official of 慈溪市',
    roles: ['official'],
    viewer: (w) => ({ label: 'county official', token: w.tokens.cixi, region: '330282', foreign: [w.yuyao] }),
    target: (w) => w.yuyao,
    home: (w) => w.shengshan,
  },
  {
    label: 'admin of 慈溪市',
    roles: ['admin'],
    viewer: (w) => ({ label: 'admin', token: w.tokens.admin, region: '330282', foreign: [w.yuyao] }),
    target: (w) => w.yuyao,
    home: (w) => w.shengshan,
  },
  {
    label: 'security administrator of 慈溪市',
    roles: ['security'],
    viewer: (w) => ({ label: 'security', token: w.tokens.security, region: '330282', foreign: [w.yuyao] }),
    target: (w) => w.yuyao,
    home: (w) => w.shengshan,
  },
  {
    label: 'auditor of 慈溪市',
    roles: ['auditor'],
    viewer: (w) => ({ label: 'auditor', token: w.tokens.auditor, region: '330282', foreign: [w.yuyao] }),
    target: (w) => w.yuyao,
    home: (w) => w.shengshan,
  },
];

/**
 * The access policy (访问控制策略): who may call each operation — anyone (`public`), any signed-in caller
 * (`signed-in`), or the roles listed. Each route must declare exactly this (`@Public()`, `@Roles(...)`),
 * and the matrix expects it of the answers. A new role (the security administrator, `security`) goes
 * into the lists of the routes it may call.
 */
const POLICY: Record<string, 'public' | 'signed-in' | Role[]> = {
  'get /api/health': 'public',
  'get /api/health/live': 'public',
  'get /api/health/ready': 'public',
  // No user's token: the scrape token (METRICS_TOKEN), checked by the route itself (metrics.e2e-spec.ts).
  'get /metrics': 'public',
  'get /api/v1/stats/monthly': ['official', 'admin'],
  'get /api/v1/stats/monthly/export': ['official', 'admin'],
  'get /api/v1/stats/yearly': ['official', 'admin'],
  'get /api/v1/stats/yearly/report': ['official', 'admin'],
  'get /api/v1/stats/ranking': ['official', 'admin'],
  'get /api/v1/periods': ['official', 'admin'],
  'post /api/v1/periods/close': ['official'],
  'get /api/v1/audit-events': ['auditor'],
  'get /api/v1/audit-events/verify': ['auditor'],
  'post /api/v1/auth/login': 'public',
  'post /api/v1/auth/refresh': 'public',
  'post /api/v1/auth/logout': 'signed-in',
  'get /api/v1/auth/me': 'signed-in',
  'get /api/v1/auth/sessions': 'signed-in',
  'delete /api/v1/auth/sessions/{id}': 'signed-in',
  'post /api/v1/auth/password': ['lawyer', 'official', 'admin', 'security', 'auditor'],
  'get /api/v1/security/sessions': ['security'],
  'delete /api/v1/security/sessions/{id}': ['security'],
  'post /api/v1/security/accounts/{id}/unlock': ['security'],
  'get /api/v1/regions': 'public',
  'get /api/v1/service-points': 'public',
  'post /api/v1/service-points': ['official', 'admin'],
  'get /api/v1/service-points/{id}': 'public',
  'patch /api/v1/service-points/{id}': ['official', 'admin'],
  'get /api/v1/staff': ['official', 'admin'],
  'post /api/v1/staff': ['official', 'admin'],
  'get /api/v1/staff/{id}': ['official', 'admin'],
  'patch /api/v1/staff/{id}': ['official', 'admin'],
  'get /api/v1/staff/{id}/phone': ['official', 'admin'],
  'get /api/v1/advisor-assignments': ['official', 'admin'],
  'post /api/v1/advisor-assignments': ['official', 'admin'],
  'post /api/v1/advisor-assignments/{id}/end': ['official', 'admin'],
  'get /api/v1/advisor-coverage': ['official', 'admin', 'lawyer'],
  'get /api/v1/calendar': 'public',
  'get /api/v1/calendar/years': 'public',
  'get /api/v1/client-config': 'public',
  'get /api/v1/calendar/years/{year}': 'public',
  'put /api/v1/calendar/years/{year}': ['admin'],
  'put /api/v1/calendar/{date}': ['official', 'admin'],
  'delete /api/v1/calendar/{date}': ['official', 'admin'],
  'get /api/v1/shifts': ['official', 'admin', 'lawyer'],
  'post /api/v1/shifts': ['official', 'admin'],
  'post /api/v1/shifts/publish': ['official', 'admin'],
  'post /api/v1/shifts/swap': ['official', 'admin'],
  'post /api/v1/shifts/{id}/cancel': ['official', 'admin'],
  'post /api/v1/rosters/generate': ['official', 'admin'],
  'get /api/v1/rosters/coverage': ['official', 'admin'],
  'post /api/v1/requests': ['lawyer'],
  'get /api/v1/requests': ['lawyer', 'official', 'admin'],
  'post /api/v1/requests/{id}/accept': ['lawyer'],
  'post /api/v1/requests/{id}/approve': ['official'],
  'post /api/v1/requests/{id}/refuse': ['official'],
  'get /api/v1/notices': ['lawyer', 'official', 'admin'],
  'get /api/v1/notices/preference': ['lawyer', 'official', 'admin'],
  'put /api/v1/notices/preference': ['lawyer', 'official', 'admin'],
  'post /api/v1/notices/{id}/read': ['lawyer', 'official', 'admin'],
  'get /api/v1/absences': ['lawyer', 'official', 'admin'],
  'post /api/v1/absences/{id}/accept': ['lawyer'],
  'get /api/v1/unavailability': ['official', 'admin', 'lawyer'],
  'post /api/v1/unavailability': ['official', 'admin', 'lawyer'],
  'post /api/v1/unavailability/{id}/cancel': ['official', 'admin', 'lawyer'],
  'post /api/v1/lawyers/{id}/calendar-token': ['lawyer', 'official', 'admin'],
  'get /api/v1/lawyers/{id}/calendar.ics': 'public',
  'get /api/v1/kiosks/qr-code': 'public',
  'post /api/v1/kiosks': ['official'],
  'get /api/v1/kiosks': ['official'],
  'post /api/v1/kiosks/{id}/revoke': ['official'],
  'post /api/v1/service-points/{id}/qr-key/rotate': ['official'],
  'post /api/v1/attendance/check-in': ['lawyer'],
  'post /api/v1/attendance/check-out': ['lawyer'],
  'get /api/v1/attendance': ['lawyer', 'official', 'admin'],
  'get /api/v1/attendance/events': ['lawyer', 'official', 'admin'],
  'get /api/v1/attendance/pending-review': ['lawyer', 'official', 'admin'],
  'post /api/v1/attendance/corrections': ['official', 'admin'],
  'get /api/v1/attendance/export': ['official', 'admin'],
  'get /api/v1/sms-outbox': ['official', 'admin'],
  'post /api/v1/sms-outbox/{id}/resend': ['official'],
  'get /api/v1/dev/outbox': 'public',
  'post /api/v1/auth/otp': 'public',
  'post /api/v1/auth/otp/verify': 'public',
  'get /api/v1/service-points/{id}/slots': 'public',
  'post /api/v1/appointments': ['resident', 'lawyer', 'official'],
  'post /api/v1/appointments/phone-checks': ['lawyer', 'official'],
  'post /api/v1/slots/{id}/waitlist': ['resident'],
  'post /api/v1/service-points/{id}/waitlist': ['resident'],
  'get /api/v1/waitlist/mine': ['resident'],
  'post /api/v1/waitlist/{id}/confirm': ['resident'],
  'delete /api/v1/waitlist/{id}': ['resident'],
  'get /api/v1/ratings/{token}': 'public',
  'post /api/v1/ratings/{token}': 'public',
  'post /api/v1/service-logs/{id}/follow-up': ['lawyer', 'official'],
  'get /api/v1/appointments': ['lawyer', 'official', 'admin'],
  'get /api/v1/appointments/mine': ['resident'],
  'post /api/v1/appointments/{id}/arrive': ['lawyer', 'official', 'admin'],
  'post /api/v1/appointments/{id}/complete': ['lawyer', 'official', 'admin'],
  'post /api/v1/appointments/{id}/no-show': ['lawyer', 'official', 'admin'],
  'post /api/v1/appointments/{id}/rating': ['resident'],
  'post /api/v1/appointments/{id}/reschedule': ['resident'],
  'post /api/v1/appointments/{id}/cancel': ['resident', 'lawyer', 'official'],
  'post /api/v1/service-logs': ['lawyer', 'official'],
  'get /api/v1/service-logs': ['lawyer', 'official', 'admin'],
  'get /api/v1/service-logs/{id}': ['lawyer', 'official', 'admin'],
  'patch /api/v1/service-logs/{id}': ['lawyer', 'official'],
  'post /api/v1/service-logs/{id}/void': ['lawyer', 'official'],
  'get /api/v1/imports/templates/{kind}': ['official'],
  'post /api/v1/imports': ['official'],
  'get /api/v1/imports': ['official'],
  'delete /api/v1/imports/{id}': ['official'],
  'get /api/v1/registers/{kind}': ['official', 'lawyer'],
  'get /api/v1/registers/duty_roster': ['official', 'admin'],
  'post /api/v1/workshops': ['lawyer', 'official'],
  'get /api/v1/workshops': ['lawyer', 'official', 'admin'],
  'get /api/v1/workshops/{id}': ['lawyer', 'official', 'admin'],
  'patch /api/v1/workshops/{id}': ['lawyer', 'official'],
  'post /api/v1/obligations': ['official'],
  'get /api/v1/obligations': ['official', 'admin'],
  'delete /api/v1/obligations/{id}': ['official'],
  'get /api/v1/quotas': ['official', 'admin', 'lawyer'],
  'get /api/v1/assessments': ['official', 'admin'],
  'get /api/v1/assessment-weights': ['official', 'admin'],
  'put /api/v1/assessment-weights/{countyCode}': ['official'],
  'post /api/v1/workshops/{id}/void': ['lawyer', 'official'],
  'post /api/v1/legal-aid-cases': ['lawyer', 'official'],
  'get /api/v1/legal-aid-cases': ['lawyer', 'official'],
  'get /api/v1/legal-aid-cases/{id}': ['lawyer', 'official'],
  'post /api/v1/legal-aid-cases/{id}/decision': ['official'],
  'post /api/v1/legal-aid-cases/{id}/assign': ['official'],
  'post /api/v1/legal-aid-cases/{id}/start': ['lawyer', 'official'],
  'post /api/v1/legal-aid-cases/{id}/close': ['lawyer', 'official'],
  'post /api/v1/legal-aid-cases/{id}/withdraw': ['lawyer', 'official'],
  'post /api/v1/legal-aid-cases/{id}/terminate': ['official'],
};

/**
 * What a caller the route admits may get: `foreign` 403 or 404 (the request names a foreign record);
 * `list` also a 200 that shows nothing foreign; `own` anything but a 5xx (the caller's own business:
 * their profile, their bookings), its 2xx showing nothing foreign; `public` anything but a 5xx (public
 * data); or the statuses listed.
 */
type Expectation = 'foreign' | 'list' | 'own' | 'public' | number[];

interface Example {
  why?: string;
  path?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  expect: Expectation;
}

interface Ctx {
  w: World;
  /** The foreign jurisdiction. */
  f: Jurisdiction;
  /** The caller's own, if any. */
  home: Jurisdiction | null;
  today: string;
  month: string;
  year: string;
}

const past = (c: Ctx) => businessInstant(c.today, '09:00').toISOString();
/** The sign-in session an access token belongs to (its `sid`). */
const sessionOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sid: string }).sid;
let serial = 0;

/**
 * One or more requests per operation (`METHOD path` as in the OpenAPI document), with bodies valid
 * enough to reach the rule that must refuse them. An operation of the document missing here fails the
 * test: say how to aim it at a foreign record.
 */
const EXAMPLES: Record<string, (c: Ctx) => Example[]> = {
  'get /api/health': () => [{ expect: 'public' }],
  'get /api/health/live': () => [{ expect: 'public' }],
  'get /api/health/ready': () => [{ expect: 'public' }],
  'get /metrics': () => [{ expect: 'public' }],
  'get /api/v1/stats/monthly': (c) => [
    { query: { regionCode: c.f.region, month: c.month }, expect: 'foreign' },
  ],
  'get /api/v1/stats/monthly/export': (c) => [
    { query: { regionCode: c.f.region, month: c.month, format: 'xlsx' }, expect: 'foreign' },
  ],
  'get /api/v1/stats/yearly': (c) => [{ query: { regionCode: c.f.region, year: c.year }, expect: 'foreign' }],
  'get /api/v1/stats/yearly/report': (c) => [
    { query: { regionCode: c.f.region, year: c.year, through: c.month, format: 'text' }, expect: 'foreign' },
  ],
  'get /api/v1/stats/ranking': (c) => [
    {
      query: { regionCode: c.f.region, period: c.month, metric: 'consultations', level: 'township' },
      expect: 'foreign',
    },
  ],
  'get /api/v1/periods': (c) => [{ query: { regionCode: c.f.region, month: c.month }, expect: 'foreign' }],
  // A township of the foreign jurisdiction, a month long over.
  'post /api/v1/periods/close': (c) => [
    {
      body: { regionCode: c.f.villageCode.slice(0, 9), month: '2020-01', zeroReport: true },
      expect: 'foreign',
    },
  ],
  'get /api/v1/audit-events': (c) => [{ query: { entityId: c.f.records.leave }, expect: 'list' }],
  'get /api/v1/audit-events/verify': () => [{ expect: 'own' }],
  // Every role case tries it from the same address: past the fifth, the address waits (429).
  'post /api/v1/auth/login': () => [
    { body: { username: 'no.such.user', password: 'Wrong@2026pass' }, expect: [401, 429] },
  ],
  'post /api/v1/auth/refresh': () => [{ body: { refreshToken: 'not-a-refresh-token' }, expect: [400, 401] }],
  // A body that cannot end a session: the callers of the matrix keep theirs.
  'post /api/v1/auth/logout': () => [{ body: { refreshToken: 42 }, expect: [400] }],
  'get /api/v1/auth/me': () => [{ expect: 'own' }],
  'get /api/v1/auth/sessions': () => [{ expect: 'own' }],
  // Somebody else's session: a caller ends only their own (the security administrator through /security).
  'delete /api/v1/auth/sessions/{id}': (c) => [
    { path: { id: sessionOf(c.f.lawyer.token) }, expect: 'foreign' },
  ],
  'get /api/v1/security/sessions': (c) => [{ query: { staffId: c.f.records.lawyer }, expect: 'foreign' }],
  'delete /api/v1/security/sessions/{id}': (c) => [
    { path: { id: sessionOf(c.f.lawyer.token) }, expect: 'foreign' },
  ],
  'post /api/v1/security/accounts/{id}/unlock': (c) => [
    { path: { id: c.f.records.lawyer }, expect: 'foreign' },
  ],
  'post /api/v1/auth/password': () => [
    { body: { currentPassword: 'Wrong@2026pass', newPassword: 'Other@2026pass' }, expect: 'own' },
  ],
  'get /api/v1/regions': (c) => [{ query: { parent: c.f.county }, expect: 'public' }],
  'get /api/v1/service-points': (c) => [{ query: { regionCode: c.f.region }, expect: 'public' }],
  'post /api/v1/service-points': (c) => [
    { body: { regionCode: c.f.villageCode, kind: 'village_point', name: '越权服务点' }, expect: 'foreign' },
  ],
  'get /api/v1/service-points/{id}': (c) => [{ path: { id: c.f.records.centre }, expect: 'public' }],
  'patch /api/v1/service-points/{id}': (c) => [
    { path: { id: c.f.records.centre }, body: { name: '越权改名' }, expect: 'foreign' },
  ],
  'get /api/v1/staff': (c) => [{ query: { regionCode: c.f.region }, expect: 'list' }],
  'post /api/v1/staff': (c) => [
    {
      body: {
        username: `intruder${++serial}`,
        name: '越权',
        kind: 'lawyer',
        regionCode: c.f.region,
        password: 'Intrude@2026pass',
      },
      expect: 'foreign',
    },
  ],
  'get /api/v1/staff/{id}': (c) => [{ path: { id: c.f.records.lawyer }, expect: 'foreign' }],
  'patch /api/v1/staff/{id}': (c) => [
    { path: { id: c.f.records.lawyer }, body: { name: '越权' }, expect: 'foreign' },
  ],
  'get /api/v1/staff/{id}/phone': (c) => [{ path: { id: c.f.records.lawyer }, expect: 'foreign' }],
  'get /api/v1/advisor-assignments': (c) => [{ query: { regionCode: c.f.region }, expect: 'list' }],
  'post /api/v1/advisor-assignments': (c) => [
    {
      body: { lawyerId: c.f.records.lawyer, servicePointId: c.f.records.village, from: c.today },
      expect: 'foreign',
    },
  ],
  'post /api/v1/advisor-assignments/{id}/end': (c) => [
    { path: { id: c.f.records.assignment }, body: { to: c.today }, expect: 'foreign' },
  ],
  'get /api/v1/advisor-coverage': (c) => [{ query: { regionCode: c.f.region }, expect: 'list' }],
  'get /api/v1/calendar': (c) => [
    { query: { from: c.today, to: addDays(c.today, 30), regionCode: c.f.county }, expect: 'public' },
  ],
  'get /api/v1/calendar/years': () => [{ expect: 'public' }],
  'get /api/v1/client-config': () => [{ expect: 'public' }],
  'get /api/v1/calendar/years/{year}': (c) => [{ path: { year: c.year }, expect: 'public' }],
  // The notice is the whole deployment's, no jurisdiction's: a body it refuses keeps the calendar.
  'put /api/v1/calendar/years/{year}': (c) => [
    { path: { year: c.year }, body: { holidays: 'none', makeUpDays: [] }, expect: [400] },
  ],
  'put /api/v1/calendar/{date}': (c) => [
    {
      path: { date: addDays(c.today, 100) },
      body: { workday: false, name: '越权', regionCode: c.f.county },
      expect: 'foreign',
    },
  ],
  'delete /api/v1/calendar/{date}': (c) => [
    { path: { date: addDays(c.today, 100) }, query: { regionCode: c.f.county }, expect: 'foreign' },
  ],
  'get /api/v1/shifts': (c) => [
    { query: { from: c.today, to: addDays(c.today, 30), regionCode: c.f.region }, expect: 'list' },
  ],
  'post /api/v1/shifts': (c) => [
    {
      body: shift(c, c.f.records.centre, c.f.records.lawyer),
      expect: 'foreign',
    },
    ...(c.home
      ? [
          {
            why: 'own point, foreign lawyer',
            body: shift(c, c.home.records.centre, c.f.records.lawyer),
            // 422 LAWYER_OUTSIDE_REGION for a lawyer of another county
            expect: [403, 422],
          },
        ]
      : []),
  ],
  'post /api/v1/shifts/publish': (c) => [
    { body: { regionCode: c.f.region, from: c.today, to: addDays(c.today, 7) }, expect: 'foreign' },
  ],
  'post /api/v1/shifts/swap': (c) => [
    { body: { shiftId: c.f.records.shift, toLawyerId: (c.home ?? c.f).records.lawyer }, expect: 'foreign' },
    ...(c.home
      ? [
          {
            why: 'own shift, foreign lawyer',
            body: { shiftId: c.home.records.spareShift, toLawyerId: c.f.records.lawyer },
            expect: [403, 422],
          },
        ]
      : []),
  ],
  'post /api/v1/shifts/{id}/cancel': (c) => [
    { path: { id: c.f.records.shift }, body: { reason: '越权' }, expect: 'foreign' },
  ],
  'post /api/v1/rosters/generate': (c) => [
    { body: { regionCode: c.f.region, from: c.today, to: addDays(c.today, 6) }, expect: 'foreign' },
  ],
  'get /api/v1/rosters/coverage': (c) => [
    { query: { regionCode: c.f.region, month: c.month }, expect: 'foreign' },
  ],
  // A 补卡 of a foreign lawyer's shift: not the caller's shift.
  'post /api/v1/requests': (c) => [
    {
      body: {
        kind: 'attendance_fix',
        shiftId: c.f.records.shift,
        fixType: 'check_in',
        at: past(c),
        reason: '越权补卡',
      },
      expect: 'foreign',
    },
  ],
  'get /api/v1/requests': (c) => [{ query: { regionCode: c.f.region }, expect: 'list' }],
  'post /api/v1/requests/{id}/accept': (c) => [{ path: { id: c.f.records.request }, expect: 'foreign' }],
  'post /api/v1/requests/{id}/approve': (c) => [{ path: { id: c.f.records.request }, expect: 'foreign' }],
  'post /api/v1/requests/{id}/refuse': (c) => [
    { path: { id: c.f.records.request }, body: { reason: '越权' }, expect: 'foreign' },
  ],
  'get /api/v1/notices': () => [{ expect: 'own' }],
  'get /api/v1/notices/preference': () => [{ expect: 'own' }],
  'put /api/v1/notices/preference': () => [{ body: { channel: 'in_app' }, expect: 'own' }],
  // Notices are read only by their own person: another's id answers 404 as an unknown one does.
  'post /api/v1/notices/{id}/read': () => [{ path: { id: randomUUID() }, expect: 'foreign' }],
  'get /api/v1/absences': (c) => [
    { query: { regionCode: c.f.region, from: c.today, to: c.today }, expect: 'list' },
  ],
  // The world records no absence: an id that is none answers as a foreign one must (404), never 2xx.
  'post /api/v1/absences/{id}/accept': () => [{ path: { id: randomUUID() }, expect: 'foreign' }],
  'get /api/v1/unavailability': (c) => [{ query: { lawyerId: c.f.records.lawyer }, expect: 'list' }],
  'post /api/v1/unavailability': (c) => [
    {
      body: {
        lawyerId: c.f.records.lawyer,
        from: addDays(c.today, 90),
        to: addDays(c.today, 90),
        reason: '病假',
      },
      expect: 'foreign',
    },
  ],
  'post /api/v1/unavailability/{id}/cancel': (c) => [{ path: { id: c.f.records.leave }, expect: 'foreign' }],
  'post /api/v1/lawyers/{id}/calendar-token': (c) => [
    { path: { id: c.f.records.lawyer }, expect: 'foreign' },
  ],
  // Public behind the lawyer's secret link: without it, nobody's feed.
  'get /api/v1/lawyers/{id}/calendar.ics': (c) => [
    { path: { id: c.f.records.lawyer }, query: { token: 'x'.repeat(32) }, expect: [404] },
  ],
  // Public, but only with a kiosk's own token: a person's access token is none.
  'get /api/v1/kiosks/qr-code': () => [{ expect: [401] }],
  'post /api/v1/kiosks': (c) => [{ body: { servicePointId: c.f.records.centre }, expect: 'foreign' }],
  'get /api/v1/kiosks': (c) => [{ query: { servicePointId: c.f.records.centre }, expect: 'foreign' }],
  'post /api/v1/kiosks/{id}/revoke': () => [{ path: { id: randomUUID() }, expect: 'foreign' }],
  'post /api/v1/service-points/{id}/qr-key/rotate': (c) => [
    { path: { id: c.f.records.centre }, expect: 'foreign' },
  ],
  'post /api/v1/attendance/check-in': (c) => [
    { body: { idempotencyKey: randomUUID(), shiftId: c.f.records.shift }, expect: 'foreign' },
  ],
  'post /api/v1/attendance/check-out': (c) => [
    { body: { idempotencyKey: randomUUID(), shiftId: c.f.records.shift }, expect: 'foreign' },
  ],
  'get /api/v1/attendance': (c) => [
    { query: { from: addDays(c.today, -7), to: c.today, regionCode: c.f.region }, expect: 'list' },
  ],
  'get /api/v1/attendance/events': (c) => [
    { query: { from: addDays(c.today, -7), to: c.today, regionCode: c.f.region }, expect: 'list' },
  ],
  'get /api/v1/attendance/pending-review': (c) => [{ query: { regionCode: c.f.region }, expect: 'list' }],
  'post /api/v1/attendance/corrections': (c) => [
    { why: 'void', body: { action: 'void', eventId: c.f.records.event, reason: '越权' }, expect: 'foreign' },
    {
      why: 'add',
      body: { action: 'add', type: 'check_out', shiftId: c.f.records.shift, at: past(c), reason: '越权' },
      expect: 'foreign',
    },
  ],
  'get /api/v1/attendance/export': (c) => [
    { query: { regionCode: c.f.region, month: c.month }, expect: 'foreign' },
  ],
  'get /api/v1/sms-outbox': () => [{ expect: 'list' }],
  'post /api/v1/sms-outbox/{id}/resend': () => [{ path: { id: randomUUID() }, expect: 'foreign' }],
  'get /api/v1/dev/outbox': (c) => [{ query: { phone: c.w.residents.shengshan.phone }, expect: 'public' }],
  'post /api/v1/auth/otp': () => [{ body: { phone: '13800000000' }, expect: 'public' }],
  'post /api/v1/auth/otp/verify': () => [
    { body: { phone: '13800000000', code: '000000' }, expect: [400, 401, 429] },
  ],
  'get /api/v1/service-points/{id}/slots': (c) => [{ path: { id: c.f.records.centre }, expect: 'public' }],
  // Residents book at any point of any county: the slot is public, the booking their own.
  'post /api/v1/appointments': (c) => [
    { body: { slotId: c.f.records.slot, topic: 'labour_wages' }, expect: 'own' },
    // Staff book for a resident (代约) only in their jurisdiction: a 2xx here would show the foreign point.
    {
      why: 'for a resident',
      body: { slotId: c.f.records.slot, topic: 'labour_wages', resident: { phone: '13800000001' } },
      expect: 'own',
    },
  ],
  'post /api/v1/appointments/phone-checks': () => [{ body: { phone: '13800000002' }, expect: 'own' }],
  // Residents wait at any point of any county, as they book.
  'post /api/v1/slots/{id}/waitlist': (c) => [{ path: { id: c.f.records.slot }, body: {}, expect: 'own' }],
  'post /api/v1/service-points/{id}/waitlist': (c) => [
    { path: { id: c.f.records.centre }, body: { date: c.today }, expect: 'own' },
  ],
  'get /api/v1/waitlist/mine': () => [{ expect: 'own' }],
  'post /api/v1/waitlist/{id}/confirm': () => [{ path: { id: randomUUID() }, expect: 'foreign' }],
  'delete /api/v1/waitlist/{id}': () => [{ path: { id: randomUUID() }, expect: 'foreign' }],
  'get /api/v1/ratings/{token}': () => [{ path: { token: 'A'.repeat(22) }, expect: 'public' }],
  'post /api/v1/ratings/{token}': () => [
    { path: { token: 'A'.repeat(22) }, body: { score: 5 }, expect: 'public' },
  ],
  'post /api/v1/service-logs/{id}/follow-up': (c) => [
    { path: { id: c.f.records.log }, body: { reached: false }, expect: 'foreign' },
  ],
  'get /api/v1/appointments': (c) => [
    { query: { servicePointId: c.f.records.centre, date: c.today }, expect: 'list' },
  ],
  'get /api/v1/appointments/mine': () => [{ expect: 'own' }],
  'post /api/v1/appointments/{id}/arrive': (c) => [
    { path: { id: c.f.records.appointment }, expect: 'foreign' },
  ],
  'post /api/v1/appointments/{id}/complete': (c) => [
    { path: { id: c.f.records.appointment }, expect: 'foreign' },
  ],
  'post /api/v1/appointments/{id}/no-show': (c) => [
    { path: { id: c.f.records.appointment }, expect: 'foreign' },
  ],
  'post /api/v1/appointments/{id}/rating': (c) => [
    { path: { id: c.f.records.appointment }, body: { score: 5 }, expect: 'foreign' },
  ],
  'post /api/v1/appointments/{id}/reschedule': (c) => [
    { path: { id: c.f.records.appointment }, body: { slotId: c.f.records.slot }, expect: 'foreign' },
  ],
  'post /api/v1/appointments/{id}/cancel': (c) => [
    { path: { id: c.f.records.appointment }, expect: 'foreign' },
    {
      why: 'staff, with a reason',
      path: { id: c.f.records.appointment },
      body: { reason: '越权' },
      expect: 'foreign',
    },
  ],
  'post /api/v1/service-logs': (c) => [
    { body: serviceLog(c, c.f.records.centre, c.f.records.lawyer), expect: 'foreign' },
    ...(c.home
      ? [
          {
            why: 'own point, foreign lawyer',
            body: serviceLog(c, c.home.records.centre, c.f.records.lawyer),
            expect: 'foreign' as const,
          },
        ]
      : []),
  ],
  'get /api/v1/service-logs': (c) => [{ query: { regionCode: c.f.region }, expect: 'list' }],
  'get /api/v1/service-logs/{id}': (c) => [{ path: { id: c.f.records.log }, expect: 'foreign' }],
  'patch /api/v1/service-logs/{id}': (c) => [
    { path: { id: c.f.records.log }, body: { summary: '越权', reason: '越权' }, expect: 'foreign' },
  ],
  'post /api/v1/service-logs/{id}/void': (c) => [
    { path: { id: c.f.records.log }, body: { reason: '越权' }, expect: 'foreign' },
  ],
  'post /api/v1/workshops': (c) => [
    {
      body: {
        servicePointId: c.f.records.village,
        heldAt: past(c),
        topic: '越权',
        audienceCount: 1,
        kind: 'lecture',
        lecturerId: c.f.records.lawyer,
      },
      expect: 'foreign',
    },
  ],
  'get /api/v1/workshops': (c) => [{ query: { regionCode: c.f.region }, expect: 'list' }],
  'get /api/v1/imports/templates/{kind}': () => [{ path: { kind: 'workshops' }, expect: 'own' }],
  // Rows at a foreign point: the whole file is refused (400 naming the row), nothing written.
  'post /api/v1/imports': (c) => [
    {
      body: {
        kind: 'workshops',
        rows: [
          {
            servicePointId: c.f.records.village,
            heldAt: past(c),
            topic: '越权',
            audienceCount: 1,
            kind: 'lecture',
          },
        ],
      },
      expect: [400],
    },
  ],
  'get /api/v1/imports': (c) => [{ query: { regionCode: c.f.region }, expect: 'list' }],
  'post /api/v1/obligations': (c) => [
    { body: { regionCode: c.f.region, measure: 'service_days', required: 2 }, expect: 'foreign' },
  ],
  'get /api/v1/obligations': (c) => [{ query: { regionCode: c.f.region }, expect: 'foreign' }],
  // No obligation is set in the foreign jurisdictions; another record's id is as foreign.
  'delete /api/v1/obligations/{id}': (c) => [{ path: { id: c.f.records.leave }, expect: 'foreign' }],
  'get /api/v1/quotas': (c) => [{ query: { regionCode: c.f.region }, expect: 'foreign' }],
  'get /api/v1/assessment-weights': (c) => [{ query: { countyCode: c.f.county }, expect: 'foreign' }],
  'put /api/v1/assessment-weights/{countyCode}': (c) => [
    { path: { countyCode: c.f.county }, body: { serviceDays: 1 }, expect: 'foreign' },
  ],
  'get /api/v1/assessments': (c) => [
    { query: { regionCode: c.f.region, quarter: `${c.year}-Q4` }, expect: 'foreign' },
  ],
  'delete /api/v1/imports/{id}': (c) => [{ path: { id: c.f.records.importBatch }, expect: 'foreign' }],
  'get /api/v1/registers/{kind}': (c) =>
    ['service_logs', 'legal_aid_cases', 'workshops', 'contract_reviews'].map((kind) => ({
      why: kind,
      path: { kind },
      query: { regionCode: c.f.region, month: c.month, reveal: 'true' },
      expect: 'foreign' as const,
    })),
  'get /api/v1/registers/duty_roster': (c) => [
    { query: { regionCode: c.f.region, month: c.month, format: 'json' }, expect: 'foreign' },
    { query: { regionCode: c.f.region, month: c.month, format: 'xlsx' }, expect: 'foreign' },
  ],
  'get /api/v1/workshops/{id}': (c) => [{ path: { id: c.f.records.workshop }, expect: 'foreign' }],
  'patch /api/v1/workshops/{id}': (c) => [
    { path: { id: c.f.records.workshop }, body: { topic: '越权', reason: '越权' }, expect: 'foreign' },
  ],
  'post /api/v1/workshops/{id}/void': (c) => [
    { path: { id: c.f.records.workshop }, body: { reason: '越权' }, expect: 'foreign' },
  ],
  'post /api/v1/legal-aid-cases': (c) => [
    {
      body: {
        applicant: { name: '王建国', phone: '13812345678', idNumber: '330282199001011231' },
        servicePointId: c.f.records.centre,
        category: 'labour_wages',
        summary: '越权',
      },
      expect: 'foreign',
    },
  ],
  'get /api/v1/legal-aid-cases': (c) => [{ query: { regionCode: c.f.region }, expect: 'list' }],
  'get /api/v1/legal-aid-cases/{id}': (c) => [{ path: { id: c.f.records.legalAidCase }, expect: 'foreign' }],
  'post /api/v1/legal-aid-cases/{id}/decision': (c) => [
    { path: { id: c.f.records.legalAidCase }, body: { accepted: true }, expect: 'foreign' },
  ],
  'post /api/v1/legal-aid-cases/{id}/assign': (c) => [
    { path: { id: c.f.records.legalAidCase }, body: { lawyerId: c.f.records.lawyer }, expect: 'foreign' },
  ],
  'post /api/v1/legal-aid-cases/{id}/start': (c) => [
    { path: { id: c.f.records.legalAidCase }, expect: 'foreign' },
  ],
  'post /api/v1/legal-aid-cases/{id}/close': (c) => [
    { path: { id: c.f.records.legalAidCase }, body: { outcome: '越权' }, expect: 'foreign' },
  ],
  'post /api/v1/legal-aid-cases/{id}/withdraw': (c) => [
    { path: { id: c.f.records.legalAidCase }, body: {}, expect: 'foreign' },
  ],
  'post /api/v1/legal-aid-cases/{id}/terminate': (c) => [
    { path: { id: c.f.records.legalAidCase }, body: { reason: '越权' }, expect: 'foreign' },
  ],
};

/** On call two months ahead, beyond the demo roster: the lawyers are free then. */
function shift(c: Ctx, servicePointId: string, lawyerId: string) {
  return {
    servicePointId,
    lawyerId,
    date: addDays(c.today, 61),
    from: '09:00',
    to: '10:00',
    kind: 'on_call',
  };
}

function serviceLog(c: Ctx, servicePointId: string, lawyerId: string) {
  return {
    type: 'consultation',
    topic: 'labour_wages',
    servicePointId,
    occurredAt: past(c),
    peopleCount: 1,
    summary: '越权',
    lawyerId,
  };
}

interface OpenApi {
  paths: Record<string, Record<string, { operationId: string }>>;
}

describe('等保 2.0 level 3: 访问控制 — every operation × every role × a foreign jurisdiction (e2e)', () => {
  const clock = new FixedClock(NOW);
  const t = useTestApp({ seed: true, clock });
  let w: World;
  let doc: OpenApi;
  let access: Map<string, RouteAccess>;

  beforeAll(async () => {
    w = await buildWorld(t);
    doc = (await t.http().get('/api/docs-json')).body as OpenApi;
    access = routeAccessByOperation(t.app);
  }, 120_000);

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ method, path, key: `${method} ${path}`, op })),
    );

  it('has a policy and an example for every operation of the OpenAPI document', () => {
    const missing = operations()
      .filter((o) => !EXAMPLES[o.key] || !POLICY[o.key])
      .map((o) => o.key);

    expect(missing).toEqual([]);
    expect(operations().length).toBeGreaterThan(80);
  });

  it('finds the policy declared on every route (@Public, @Roles)', () => {
    const declared = (a: RouteAccess | undefined) =>
      !a ? 'no handler' : a.isPublic ? 'public' : (a.roles ?? 'signed-in');
    const departures = operations()
      .filter((o) => POLICY[o.key])
      .map((o) => ({
        operation: o.key,
        policy: POLICY[o.key],
        declared: declared(access.get(operationKey(o.op.operationId))),
      }))
      .filter((d) => JSON.stringify(d.policy) !== JSON.stringify(d.declared));

    expect(departures).toEqual([]);
  });

  /** The statuses a role may get, before the answer's content is looked at. */
  function allowed(key: string, role: RoleCase, expectation: Expectation): number[] | 'any' | 'list' {
    const who = POLICY[key];
    if (who !== 'public' && role.roles.length === 0) return [401];
    if (Array.isArray(who) && !role.roles.some((r) => who.includes(r))) return [403];
    if (expectation === 'foreign') return [403, 404];
    if (expectation === 'own' || expectation === 'public') return 'any';
    return expectation;
  }

  it.each(ROLE_CASES.map((r) => [r.label, r] as const))(
    'answers the %s only as allowed, never 2xx on a foreign record, never 5xx',
    async (_, role) => {
      const viewer = role.viewer(w);
      const ctx: Ctx = {
        w,
        f: role.target(w),
        home: role.home(w),
        today: w.today,
        month: w.today.slice(0, 7),
        year: w.today.slice(0, 4),
      };
      const problems: string[] = [];
      let asked = 0;
      for (const { method, path, key } of operations()) {
        const examples = EXAMPLES[key];
        if (!POLICY[key] || !examples) continue; // reported by the test above
        for (const example of examples(ctx)) {
          let url = path;
          for (const [name, value] of Object.entries(example.path ?? {}))
            url = url.replace(`{${name}}`, value);
          const req = requestOf(t.http(), method, url).query(example.query ?? {});
          if (viewer.token) req.set('authorization', `Bearer ${viewer.token}`);
          if (example.body !== undefined) req.send(example.body as object);
          const answer = await rawAnswer(req);
          asked++;
          const where = `${method.toUpperCase()} ${url}${example.why ? ` (${example.why})` : ''}`;
          const ok = allowed(key, role, example.expect);
          const got = `${answer.status} ${(answer.text ?? '').slice(0, 160)}`;
          if (answer.status >= 500) problems.push(`${where}: ${got}`);
          else if (Array.isArray(ok) && !ok.includes(answer.status))
            problems.push(`${where}: ${got} — expected ${ok.join(' or ')}`);
          else if (ok === 'list' && answer.status >= 300 && ![403, 404].includes(answer.status))
            problems.push(`${where}: ${got} — expected 200 without foreign rows, 403 or 404`);
          else if (answer.status < 300 && example.expect !== 'public')
            for (const finding of await foreignFindings(w, viewer, answer))
              problems.push(`${where}: ${finding}`);
        }
      }

      expect(asked).toBeGreaterThan(80);
      expect(problems).toEqual([]);
    },
    60_000,
  );
});
