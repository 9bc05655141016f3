import { previousStep, stepDateProblem } from './step-dates';

const at = (iso: string) => new Date(iso);
const NOW = at('2026-04-08T02:00:00Z');
const received = at('2026-02-20T02:00:00Z');
const decided = at('2026-03-02T07:00:00Z');
const assigned = at('2026-03-04T01:00:00Z');
const started = at('2026-03-05T01:00:00Z');

describe('previousStep', () => {
  it('makes a decision follow the application, an assignment the decision', () => {
    const applied = { receivedAt: received, decidedAt: null, assignedAt: null, startedAt: null };
    const accepted = { ...applied, decidedAt: decided };

    expect(previousStep('decision', applied)).toEqual({ at: received, what: 'the application was received' });
    expect(previousStep('assign', accepted)).toEqual({ at: decided, what: 'the decision' });
  });

  it('makes a reassignment or a closing follow the latest of the decision, the assignment and the start of work', () => {
    const assignedCase = { receivedAt: received, decidedAt: decided, assignedAt: assigned, startedAt: null };
    const inProgress = { ...assignedCase, startedAt: started };

    expect(previousStep('assign', assignedCase)).toEqual({ at: assigned, what: 'the assignment' });
    expect(previousStep('close', assignedCase)).toEqual({ at: assigned, what: 'the assignment' });
    expect(previousStep('close', inProgress)).toEqual({ at: started, what: 'work started' });
  });
});

describe('stepDateProblem', () => {
  const accepted = { receivedAt: received, decidedAt: decided, assignedAt: null, startedAt: null };

  it('takes a date between the previous step and now, both included', () => {
    expect(stepDateProblem('assignedAt', 'assign', decided, NOW, accepted)).toBeNull();
    expect(stepDateProblem('assignedAt', 'assign', NOW, NOW, accepted)).toBeNull();
  });

  it('refuses a date in the future, naming the field', () => {
    expect(stepDateProblem('assignedAt', 'assign', new Date(NOW.getTime() + 1000), NOW, accepted)).toBe(
      'assignedAt must not be in the future',
    );
  });

  it('refuses a date before the step it follows, naming that step', () => {
    expect(stepDateProblem('assignedAt', 'assign', at('2026-03-02T06:59:59Z'), NOW, accepted)).toBe(
      'assignedAt must not be before the decision (2026-03-02T07:00:00.000Z)',
    );
    expect(stepDateProblem('decidedAt', 'decision', at('2026-02-19T02:00:00Z'), NOW, accepted)).toMatch(
      /^decidedAt must not be before the application was received/,
    );
  });
});
