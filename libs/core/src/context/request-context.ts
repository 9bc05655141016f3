import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from '../access/principal';

/**
 * Metadata of the current request for the audit trail and the logs: who acted (the actor), from
 * where, and the request id. It is not how code learns its caller: controllers take the caller with
 * `@CurrentUser()` and pass it, services and the jurisdiction helpers take it as their first
 * parameter (`Caller`, see access/caller.ts). The audit trail reads its actor, IP and request id
 * from here because they describe the request, not a decision.
 */
export interface RequestContextData {
  requestId?: string;
  ip?: string;
  /** The client's User-Agent, cut to 200 characters (shown in the list of sign-in sessions). */
  userAgent?: string;
  /** The signed-in actor, for the audit trail (set by the auth guard). */
  principal?: Principal;
  /** Who acts when nobody is signed in, for the audit trail (the command line names the system user). */
  actorName?: string;
}

const storage = new AsyncLocalStorage<RequestContextData>();

export const RequestContext = {
  run<T>(data: RequestContextData, fn: () => T): T {
    return storage.run(data, fn);
  },
  current(): RequestContextData | undefined {
    return storage.getStore();
  },
  /** Records the authenticated caller on the current request, as its actor (called by the auth guard). */
  setPrincipal(principal: Principal): void {
    const store = storage.getStore();
    if (store) store.principal = principal;
  },
};
