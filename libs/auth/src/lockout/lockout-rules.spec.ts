import type { LockoutPolicy } from '@app/core';
import { delayMinutesAfter, isDistributedAttack } from './lockout-rules';

const policy: LockoutPolicy = {
  maxFailures: 5,
  delayMinutes: 1,
  maxDelayMinutes: 60,
  forgetAfterHours: 24,
  accountLockFailures: 20,
  accountLockAddresses: 5,
  accountLockWindowMinutes: 60,
  accountLockMinutes: 0,
};

describe('delayMinutesAfter', () => {
  it('lets the first four wrong passwords from an address through without a wait', () => {
    expect([1, 2, 3, 4].map((n) => delayMinutesAfter(n, policy))).toEqual([0, 0, 0, 0]);
  });

  it('makes the address wait 1, 2, 4, 8 … minutes from the fifth on', () => {
    expect([5, 6, 7, 8, 9].map((n) => delayMinutesAfter(n, policy))).toEqual([1, 2, 4, 8, 16]);
  });

  it('never waits longer than the maximum, however many failures', () => {
    expect(delayMinutesAfter(11, policy)).toBe(60);
    expect(delayMinutesAfter(10_000, policy)).toBe(60);
  });
});

describe('isDistributedAttack', () => {
  it('needs both enough failures and enough addresses', () => {
    expect(isDistributedAttack({ failures: 20, addresses: 5 }, policy)).toBe(true);
    expect(isDistributedAttack({ failures: 19, addresses: 5 }, policy)).toBe(false);
    expect(isDistributedAttack({ failures: 200, addresses: 4 }, policy)).toBe(false);
  });
});
