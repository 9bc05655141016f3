import { ALLOWED_FROM, CASE_ACTIONS, CASE_STATUSES, CaseAction, CaseStatus, transition } from './case-status';

const FINAL: CaseStatus[] = ['rejected', 'closed', 'withdrawn', 'terminated'];

describe('the legal-aid case status machine', () => {
  it('walks the main path applied → accepted → assigned → in_progress → closed', () => {
    expect(transition('applied', 'accept')).toEqual({ to: 'accepted', step: 'accept' });
    expect(transition('accepted', 'assign')).toEqual({ to: 'assigned', step: 'assign' });
    expect(transition('assigned', 'start')).toEqual({ to: 'in_progress', step: 'start' });
    expect(transition('in_progress', 'close')).toEqual({ to: 'closed', step: 'close' });
  });

  it('rejects an application, and closes an assigned case that was never started', () => {
    expect(transition('applied', 'reject')).toEqual({ to: 'rejected', step: 'reject' });
    expect(transition('assigned', 'close')).toEqual({ to: 'closed', step: 'close' });
  });

  it('records a change of lawyer as a reassignment that keeps the status', () => {
    expect(transition('assigned', 'assign')).toEqual({ to: 'assigned', step: 'reassign' });
    expect(transition('in_progress', 'assign')).toEqual({ to: 'in_progress', step: 'reassign' });
  });

  it('withdraws from any open status and terminates only accepted cases', () => {
    for (const s of ['applied', 'accepted', 'assigned', 'in_progress'] as const)
      expect(transition(s, 'withdraw').to).toBe('withdrawn');
    for (const s of ['accepted', 'assigned', 'in_progress'] as const)
      expect(transition(s, 'terminate').to).toBe('terminated');
    expect(() => transition('applied', 'terminate')).toThrow(
      expect.objectContaining({ code: 'ILLEGAL_TRANSITION', kind: 'rule' }),
    );
  });

  it('allows nothing from a final status', () => {
    for (const s of FINAL)
      for (const a of CASE_ACTIONS)
        expect(() => transition(s, a)).toThrow(expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }));
  });

  it('refuses every pair not in the table with 422 ILLEGAL_TRANSITION or CASE_NOT_ASSIGNED', () => {
    let refused = 0;
    for (const s of CASE_STATUSES)
      for (const a of CASE_ACTIONS as readonly CaseAction[]) {
        if (ALLOWED_FROM[a].includes(s)) continue;
        refused++;
        expect(() => transition(s, a)).toThrow(
          expect.objectContaining({
            kind: 'rule',
            code: expect.stringMatching(/^(ILLEGAL_TRANSITION|CASE_NOT_ASSIGNED)$/),
          }),
        );
      }
    expect(refused).toBe(8 * 7 - 15);
  });

  it('names a close of a never-assigned case CASE_NOT_ASSIGNED', () => {
    expect(() => transition('applied', 'close')).toThrow(
      expect.objectContaining({ code: 'CASE_NOT_ASSIGNED' }),
    );
    expect(() => transition('accepted', 'close')).toThrow(
      expect.objectContaining({ code: 'CASE_NOT_ASSIGNED' }),
    );
    expect(() => transition('applied', 'start')).toThrow(
      expect.objectContaining({
        code: 'ILLEGAL_TRANSITION',
        details: expect.objectContaining({ status: 'applied' }),
      }),
    );
  });
});
