import ICAL from 'ical.js';
import { addDays, businessInstant, FixedClock, monthRange } from '@app/core';
import { SHENGSHAN } from '@app/demo';
import type { StaffResponse } from '@app/org/staff/dto/staff.dto';
import type { FeedTokenResponse } from '@app/roster/feed/calendar-feed.controller';
import type { PeriodDto, ShiftResponse } from '@app/roster/shifts/dto/shift.dto';
import { bearer, useTestApp } from '@app/testing';

const uid = (shiftId: string) => `${shiftId}@legal-service-portal`;

interface FeedEvent {
  uid: string;
  start: string;
  end: string;
  status: string | null;
  summary: string;
}

/** The VEVENTs of an iCalendar text, as ical.js reads them. */
function eventsOf(ics: string): FeedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      status: vevent.getFirstPropertyValue('status') as string | null,
      summary: event.summary,
    };
  });
}

describe('Rosters: a lawyer’s calendar feed (e2e)', () => {
  // Monday 23 November 2026, 10:00 in Asia/Shanghai: the demo roster holds November and December.
  const clock = new FixedClock(businessInstant('2026-11-23', '10:00'));
  const t = useTestApp({ seed: true, clock });
  const token = { shengshan: '', cixi: '', admin: '', lawyer01: '', lawyer02: '' };
  const staffId: Record<string, string> = {};
  const today = clock.today();
  // The feed covers two months back and six ahead.
  const feedWindow = { from: addDays(today, -62), to: addDays(today, 183) };
  let feed: FeedTokenResponse = { token: '', url: '' };
  let lawyer02Token = '';
  // A month beyond the demo roster (the current month and the next) yet inside the feed window:
  // generated here, and left unpublished until a test publishes it.
  const month = monthRange(addDays(today, 70).slice(0, 7));
  const later: PeriodDto = { regionCode: SHENGSHAN, ...month };
  const inLater = (s: ShiftResponse) => s.date >= month.from && s.date <= month.to;

  beforeAll(async () => {
    token.shengshan = await t.login('shengshan.official');
    token.cixi = await t.login('cixi.official');
    token.admin = await t.login('admin');
    token.lawyer01 = await t.login('lawyer01');
    token.lawyer02 = await t.login('lawyer02');
    const staff = await t.http().get('/api/v1/staff').query({ pageSize: 500 }).set(bearer(token.admin));
    for (const s of staff.body.items as StaffResponse[]) staffId[s.username] = s.id;
    const generated = await t
      .http()
      .post('/api/v1/rosters/generate')
      .set(bearer(token.shengshan))
      .send(later);
    if (generated.status !== 201) throw new Error(`generate: ${generated.status}`);
  });

  function rotate(asToken: string, lawyerId: string) {
    return t.http().post(`/api/v1/lawyers/${lawyerId}/calendar-token`).set(bearer(asToken));
  }

  function getFeed(lawyerId: string, feedToken: string) {
    return t.http().get(`/api/v1/lawyers/${lawyerId}/calendar.ics`).query({ token: feedToken });
  }

  /** lawyer01's shifts in the feed window as the county official sees them, cancelled ones included. */
  async function shiftsOfLawyer01(): Promise<ShiftResponse[]> {
    const res = await t
      .http()
      .get('/api/v1/shifts')
      .query({ lawyerId: staffId.lawyer01, ...feedWindow, includeCancelled: 'true' })
      .set(bearer(token.cixi));
    if (res.status !== 200) throw new Error(`list shifts: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as ShiftResponse[];
  }

  async function eventsOfLawyer01(): Promise<FeedEvent[]> {
    const res = await t.http().get(feed.url);
    if (res.status !== 200) throw new Error(`feed: ${res.status} ${JSON.stringify(res.body)}`);
    return eventsOf(res.text);
  }

  describe('POST /api/v1/lawyers/:id/calendar-token', () => {
    it('gives lawyer01 the secret link of their own feed', async () => {
      const res = await rotate(token.lawyer01, staffId.lawyer01);
      feed = res.body as FeedTokenResponse;

      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        token: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
        url: `/api/v1/lawyers/${staffId.lawyer01}/calendar.ics?token=${feed.token}`,
      } satisfies FeedTokenResponse);
    });

    it('refuses lawyer02 the link of lawyer01 (403) and lawyer01’s link keeps working', async () => {
      const res = await rotate(token.lawyer02, staffId.lawyer01);

      expect(res.status).toBe(403);
      expect((await t.http().get(feed.url)).status).toBe(200);
    });

    it('refuses an anonymous caller (401) and an id that is not a uuid (400)', async () => {
      const anonymous = await t.http().post(`/api/v1/lawyers/${staffId.lawyer01}/calendar-token`);
      const malformed = await rotate(token.lawyer01, 'lawyer01');

      expect(anonymous.status).toBe(401);
      expect(malformed.status).toBe(400);
      expect(malformed.body.details.id).toBeDefined();
    });
  });

  describe('GET /api/v1/lawyers/:id/calendar.ics', () => {
    it('serves the feed to anyone with the link, as text/calendar', async () => {
      const res = await t.http().get(feed.url);

      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar/);
      expect(res.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    });

    it('holds exactly the lawyer’s published shifts of the feed window, none unpublished', async () => {
      const shifts = await shiftsOfLawyer01();
      const published = shifts.filter((s) => s.published);
      const unpublished = shifts.filter((s) => !s.published);

      const events = await eventsOfLawyer01();

      expect(published.length).toBeGreaterThan(0);
      expect(unpublished.filter(inLater).length).toBeGreaterThan(0);
      expect(events.map((e) => e.uid).sort()).toEqual(published.map((s) => uid(s.id)).sort());
      expect(events.filter((e) => unpublished.some((s) => uid(s.id) === e.uid))).toEqual([]);
    });

    it('gives each event the shift’s start and end instants, confirmed', async () => {
      const shifts = await shiftsOfLawyer01();

      const events = await eventsOfLawyer01();

      for (const e of events) {
        const shift = shifts.find((s) => uid(s.id) === e.uid)!;
        expect(e).toMatchObject({ start: shift.startsAt, end: shift.endsAt, status: 'CONFIRMED' });
      }
    });

    it('adds the generated month once it is published', async () => {
      const published = await t
        .http()
        .post('/api/v1/shifts/publish')
        .set(bearer(token.shengshan))
        .send(later);
      const generated = (await shiftsOfLawyer01()).filter(inLater);

      const events = await eventsOfLawyer01();

      expect(published.body.published).toBeGreaterThan(0);
      expect(generated.length).toBeGreaterThan(0);
      expect(generated.every((s) => s.published)).toBe(true);
      expect(events.map((e) => e.uid)).toEqual(expect.arrayContaining(generated.map((s) => uid(s.id))));
    });

    it('keeps a published shift cancelled afterwards, marked STATUS:CANCELLED', async () => {
      const shift = (await shiftsOfLawyer01()).find((s) => s.published && s.date > today)!;
      const cancelled = await t
        .http()
        .post(`/api/v1/shifts/${shift.id}/cancel`)
        .set(bearer(token.shengshan))
        .send({ reason: '律师出庭' });

      const events = await eventsOfLawyer01();

      expect(cancelled.status).toBe(200);
      expect(events.find((e) => e.uid === uid(shift.id))).toMatchObject({
        start: shift.startsAt,
        end: shift.endsAt,
        status: 'CANCELLED',
      });
      expect(events.filter((e) => e.status === 'CANCELLED')).toHaveLength(1);
      expect(events.map((e) => e.uid).sort()).toEqual(
        (await shiftsOfLawyer01())
          .filter((s) => s.published)
          .map((s) => uid(s.id))
          .sort(),
      );
    });

    it('stops answering the old link once the token is rotated (404 INVALID_FEED_TOKEN); the new one works', async () => {
      const old = feed;

      const res = await rotate(token.lawyer01, staffId.lawyer01);
      feed = res.body as FeedTokenResponse;
      const before = await t.http().get(old.url);
      const after = await t.http().get(feed.url);

      expect(res.status).toBe(200);
      expect(feed.token).not.toBe(old.token);
      expect(before.status).toBe(404);
      expect(before.body.code).toBe('INVALID_FEED_TOKEN');
      expect(after.status).toBe(200);
    });

    it('lets the township official make a lawyer’s link', async () => {
      const res = await rotate(token.shengshan, staffId.lawyer02);
      lawyer02Token = res.body.token;

      const lawyer02 = await getFeed(staffId.lawyer02, lawyer02Token);

      expect(res.status).toBe(200);
      expect(lawyer02.status).toBe(200);
    });

    it('refuses the 胜山镇 official the link of a 掌起镇 lawyer (403 OUTSIDE_JURISDICTION)', async () => {
      const res = await rotate(token.shengshan, staffId.lawyer07);

      expect(res.status).toBe(403);
      expect(res.body.code).toBe('OUTSIDE_JURISDICTION');
    });

    it('answers 404 INVALID_FEED_TOKEN to a wrong token, another lawyer’s token, a lawyer without a link or an unknown id', async () => {
      const wrong = await getFeed(staffId.lawyer01, 'A'.repeat(32));
      const another = await getFeed(staffId.lawyer01, lawyer02Token);
      const noLink = await getFeed(staffId.lawyer03, feed.token);
      const unknown = await getFeed('00000000-0000-4000-8000-000000000000', feed.token);

      for (const res of [wrong, another, noLink, unknown]) {
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('INVALID_FEED_TOKEN');
        expect(res.headers['content-type']).toMatch(/^application\/json/);
      }
    });

    it.each([
      ['a token that is too short', 'abc'],
      ['a token with other characters', `${'A'.repeat(20)}!*`],
      ['an empty token', ''],
    ])('refuses %s with 400', async (_what, feedToken) => {
      const res = await getFeed(staffId.lawyer01, feedToken);

      expect(res.status).toBe(400);
      expect(res.body.details.token).toBeDefined();
    });

    it('refuses a missing token and an id that is not a uuid with 400', async () => {
      const missing = await t.http().get(`/api/v1/lawyers/${staffId.lawyer01}/calendar.ics`);
      const malformed = await getFeed('lawyer01', feed.token);

      expect(missing.status).toBe(400);
      expect(missing.body.details.token).toBeDefined();
      expect(malformed.status).toBe(400);
      expect(malformed.body.details.id).toBeDefined();
    });
  });
});
