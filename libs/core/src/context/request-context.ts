import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from '../access/principal';

/**
 * What the data layer needs to know about the current request without it being passed through
 * every call: who is asking (for jurisdiction and audit), from where, and the request id.
 */
export interface RequestContextData {
  requestId?: string;
  ip?: string;
  /** The client's User-Agent, cut to 200 characters (shown in the list of sign-in sessions). */
  userAgent?: string;
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
  principal(): Principal | undefined {
    return storage.getStore()?.principal;
  },
  /** Records the authenticated caller on the current request (called by the auth guard). */
  setPrincipal(principal: Principal): void {
    const store = storage.getStore();
    if (store) store.principal = principal;
  },
};
