import { businessInstant } from '@app/core';
import { weekdayOfficeHours } from '@app/org';
import { slotsOfShift } from './slot-plan';

describe('slotsOfShift', () => {
  it('cuts a window shift into 30-minute slots inside the opening periods, skipping the lunch break', () => {
    const shift = {
      date: '2026-11-23',
      startsAt: businessInstant('2026-11-23', '08:30'),
      endsAt: businessInstant('2026-11-23', '17:00'),
    };

    const slots = slotsOfShift(shift, weekdayOfficeHours());

    expect(slots).toHaveLength(6 + 7);
    expect(slots[0].startsAt).toEqual(businessInstant('2026-11-23', '08:30'));
    expect(slots[5].endsAt).toEqual(businessInstant('2026-11-23', '11:30'));
    expect(slots[6].startsAt).toEqual(businessInstant('2026-11-23', '13:30'));
  });

  it('keeps to the shift when it is shorter than the opening hours', () => {
    const shift = {
      date: '2026-11-23',
      startsAt: businessInstant('2026-11-23', '09:00'),
      endsAt: businessInstant('2026-11-23', '10:15'),
    };

    expect(slotsOfShift(shift, weekdayOfficeHours())).toHaveLength(2);
  });
});
