import type { LockoutPolicy } from '@app/core';

/**
 * How long an address must wait after its `failures`-th wrong password in a row for one login name:
 * nothing before `maxFailures`, then `delayMinutes` doubling with every further failure (1, 2, 4 …
 * minutes), never more than `maxDelayMinutes`. In minutes.
 */
export function delayMinutesAfter(failures: number, policy: LockoutPolicy): number {
  if (failures < policy.maxFailures) return 0;
  const doublings = Math.min(failures - policy.maxFailures, 30);
  return Math.min(policy.delayMinutes * 2 ** doublings, policy.maxDelayMinutes);
}

/**
 * A distributed attack on one login name: many wrong passwords from many addresses within the
 * window (e.g. at least 20 from at least 5 addresses within an hour). Only then is the whole account
 * locked; one address alone only ever delays itself.
 */
export function isDistributedAttack(
  recent: { failures: number; addresses: number },
  policy: LockoutPolicy,
): boolean {
  return recent.failures >= policy.accountLockFailures && recent.addresses >= policy.accountLockAddresses;
}
