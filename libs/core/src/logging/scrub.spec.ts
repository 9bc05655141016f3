import { scrub } from './scrub';

describe('scrub', () => {
  it('masks mobile numbers and hides ID numbers', () => {
    expect(scrub('/api/v1/dev/outbox?phone=13812345678')).toBe('/api/v1/dev/outbox?phone=[REDACTED]');
    expect(scrub('called 13812345678 about 33028219900101123X')).toBe('called 138****5678 about [ID]');
  });

  it('removes token and code query values', () => {
    expect(scrub('/api/v1/lawyers/1/calendar.ics?token=abc123&x=1')).toBe(
      '/api/v1/lawyers/1/calendar.ics?token=[REDACTED]&x=1',
    );
  });

  it('leaves region codes and ids alone', () => {
    expect(scrub('/api/v1/service-points?regionCode=330282113201')).toBe(
      '/api/v1/service-points?regionCode=330282113201',
    );
  });
});
