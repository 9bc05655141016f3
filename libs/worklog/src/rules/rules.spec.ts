import { amountProblems, keepAmountsOf } from './amounts';
import { editRight } from './edit-right';
import { editableUntil, instantProblem, withinLawyerWindow } from './entry-time';

const NOW = new Date('2026-11-23T02:00:00Z');
const DAY = 86_400_000;

describe('amountProblems', () => {
  it('lets mediation carry the amount involved and the outcome, and contract review the contract amount', () => {
    expect(amountProblems('mediation', { amountInvolved: 1087.25, resolved: true })).toEqual({});
    expect(amountProblems('contract_review', { contractAmount: 180000 })).toEqual({});
  });

  it('names each amount field the type does not have', () => {
    const problems = amountProblems('consultation', {
      amountInvolved: 1,
      resolved: false,
      contractAmount: 2,
    });

    expect(Object.keys(problems).sort()).toEqual(['amountInvolved', 'contractAmount', 'resolved']);
    expect(amountProblems('mediation', { contractAmount: 5 })).toHaveProperty('contractAmount');
  });

  it('takes a null or missing field as not given', () => {
    expect(amountProblems('consultation', { amountInvolved: null, resolved: undefined })).toEqual({});
  });
});

describe('keepAmountsOf', () => {
  it('drops the amounts a new type does not have and keeps the others', () => {
    const fields = { amountInvolved: 500, resolved: true, contractAmount: null };

    expect(keepAmountsOf('consultation', fields)).toEqual({
      amountInvolved: null,
      resolved: null,
      contractAmount: null,
    });
    expect(keepAmountsOf('mediation', fields)).toEqual(fields);
  });
});

describe('instantProblem', () => {
  it('refuses the future beyond a few minutes of clock skew', () => {
    expect(instantProblem(new Date(NOW.getTime() + 60_000), NOW)).toBeNull();
    expect(instantProblem(new Date(NOW.getTime() + DAY), NOW)).toBe('must not be in the future');
  });

  it('refuses a time more than two years back as a typo', () => {
    expect(instantProblem(new Date(NOW.getTime() - 700 * DAY), NOW)).toBeNull();
    expect(instantProblem(new Date('1926-11-23T02:00:00Z'), NOW)).toMatch(/within the last/);
  });
});

describe('edit window', () => {
  // NOW is 10:00 on Monday 23 November 2026 in Asia/Shanghai.
  it('ends with the editDays-th business day after the service date, whatever the time of the service', () => {
    const early = new Date('2026-11-22T16:30:00Z'); // 00:30 on the 23rd, local time
    const late = new Date('2026-11-23T15:59:00Z'); // 23:59 on the 23rd

    expect(editableUntil(NOW, 7).toISOString()).toBe('2026-11-30T16:00:00.000Z'); // 1 Dec 00:00 +08:00
    expect(editableUntil(early, 7)).toEqual(editableUntil(NOW, 7));
    expect(editableUntil(late, 7)).toEqual(editableUntil(NOW, 7));
    expect(editableUntil(NOW, 1).toISOString()).toBe('2026-11-24T16:00:00.000Z');
  });

  it('takes the service date in Asia/Shanghai, not in UTC', () => {
    // 23:30 on 30 November local time is 15:30 UTC the same day; 00:30 on 1 December is 16:30 UTC on 30 November.
    expect(editableUntil(new Date('2026-11-30T15:30:00Z'), 7).toISOString()).toBe('2026-12-07T16:00:00.000Z');
    expect(editableUntil(new Date('2026-11-30T16:30:00Z'), 7).toISOString()).toBe('2026-12-08T16:00:00.000Z');
  });

  it('lets a lawyer record a service while its window is open: through day 7 after it, not on day 8', () => {
    const sevenDaysAgo = new Date(NOW.getTime() - 7 * DAY);
    const endOfDay7 = new Date('2026-11-30T15:59:59Z');

    expect(withinLawyerWindow(new Date(NOW.getTime() - 6 * DAY), NOW, 7)).toBe(true);
    expect(withinLawyerWindow(new Date(sevenDaysAgo.getTime() - 60 * 60_000), NOW, 7)).toBe(true);
    expect(withinLawyerWindow(NOW, endOfDay7, 7)).toBe(true);
    expect(withinLawyerWindow(NOW, new Date(endOfDay7.getTime() + 1000), 7)).toBe(false);
    expect(withinLawyerWindow(new Date(NOW.getTime() - 8 * DAY), NOW, 7)).toBe(false);
  });
});

describe('editRight', () => {
  const entry = { ownerId: 'lawyer', at: NOW, voidedAt: null };
  const open = editableUntil(NOW, 7);
  const later = new Date(NOW.getTime() + 8 * DAY);

  it('lets the entry’s lawyer edit while the window is open, as its author', () => {
    expect(editRight({ id: 'lawyer', isOfficial: false }, entry, NOW, open)).toEqual({ as: 'author' });
  });

  it('locks the entry for its lawyer once the window has passed', () => {
    expect(editRight({ id: 'lawyer', isOfficial: false }, entry, later, open)).toEqual({ refused: 'locked' });
  });

  it('lets an official correct at any time', () => {
    expect(editRight({ id: 'official', isOfficial: true }, entry, later, open)).toEqual({ as: 'official' });
  });

  it('refuses another lawyer, and everyone once the entry is void', () => {
    expect(editRight({ id: 'other', isOfficial: false }, entry, NOW, open)).toEqual({ refused: 'not_yours' });
    expect(editRight({ id: 'official', isOfficial: true }, { ...entry, voidedAt: NOW }, NOW, open)).toEqual({
      refused: 'voided',
    });
  });

  it('treats an official who gave the service as its author inside the window (no reason needed)', () => {
    expect(editRight({ id: 'lawyer', isOfficial: true }, entry, NOW, open)).toEqual({ as: 'author' });
  });
});
