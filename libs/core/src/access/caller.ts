import { RequestContext } from '../context/request-context';
import type { Caller, Principal, SystemCaller } from './principal';

/** The system caller (see `SystemCaller`): never exported, handed out only by `asSystem`. */
const SYSTEM = Object.freeze({ kind: 'system' }) as SystemCaller;

/** Whether `caller` is the system (by identity: a look-alike object is not). */
export function isSystemCaller(caller: Caller | null | undefined): caller is SystemCaller {
  return caller === SYSTEM;
}

/** The caller as a signed-in person, or `undefined` for the system and for nobody. */
export function principalOf(caller: Caller | null | undefined): Principal | undefined {
  return caller && (caller.kind === 'staff' || caller.kind === 'resident') ? caller : undefined;
}

/**
 * Runs `fn` with the system caller: `asSystem((system) => jobs.closeDay(system, day))`. For the entry
 * points that act for nobody in particular (scheduled jobs, queue workers, CLI commands, the demo
 * seed) and only there: inside a request it throws, since a request's caller's jurisdiction is all it
 * may reach. `fn` runs in a request context of its own, so the audit trail names the system as actor.
 */
export function asSystem<T>(fn: (system: SystemCaller) => T): T {
  // A request never turns into the system: its caller's jurisdiction is all it may reach.
  if (RequestContext.current()?.requestId)
    throw new Error(
      'asSystem() while a request is handled: read public data through a public method instead',
    );
  return RequestContext.run({}, () => fn(SYSTEM));
}
