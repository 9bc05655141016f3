import { serviceLogDraft } from './service-log-draft';

describe('serviceLogDraft', () => {
  const appointment = {
    id: 'a1',
    code: 'ABCD2345',
    topic: 'labour_wages',
    description: '工资被拖欠三个月',
    servicePointId: 'p1',
    slot: { startsAt: '2026-11-23T01:00:00.000Z' },
  };

  it('offers a consultation of one person at the slot’s start with the description as summary', () => {
    const draft = serviceLogDraft(appointment, new Date('2026-11-23T01:20:00Z'));

    expect(draft).toEqual({
      type: 'consultation',
      topic: 'labour_wages',
      servicePointId: 'p1',
      occurredAt: '2026-11-23T01:00:00.000Z',
      peopleCount: 1,
      summary: '工资被拖欠三个月',
      appointmentId: 'a1',
    });
  });

  it('never dates the service in the future when the consultation is completed before its slot', () => {
    const draft = serviceLogDraft(appointment, new Date('2026-11-23T00:40:00Z'));

    expect(draft.occurredAt).toBe('2026-11-23T00:40:00.000Z');
  });

  it('names the booking code when the resident gave no description', () => {
    expect(serviceLogDraft({ ...appointment, description: '  ' }, new Date()).summary).toBe(
      '预约咨询（预约码ABCD2345）',
    );
  });
});
