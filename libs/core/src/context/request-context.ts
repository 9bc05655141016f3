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
  /**
   * Set only by `RequestContext.runAsSystem`: the work of the system itself (a scheduled job, a CLI
   * command, the demo seed), which no jurisdiction restricts. Never set while a request is handled.
   */
  system?: true;
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
  /**
   * Runs `fn` as the system: the jurisdiction helpers let it read and write every region. For the
   * entry points that act for nobody in particular — scheduled jobs, queue workers, CLI commands,
   * the demo seed — and only there: inside a request it throws. Without it, code that runs with no
   * principal sees nothing.
   */
  runAsSystem<T>(fn: () => T): T {
    // A request never turns into the system: its caller's jurisdiction is all it may reach.
    if (storage.getStore()?.requestId)
      throw new Error(
        'runAsSystem() while a request is handled: read public data through a public method instead',
      );
    return storage.run({ system: true }, fn);
  },
  /** Whether the current code runs as the system (see `runAsSystem`). */
  isSystem(): boolean {
    return storage.getStore()?.system === true;
  },
};

/** Shorthand for `RequestContext.runAsSystem(fn)`. */
export function asSystem<T>(fn: () => T): T {
  return RequestContext.runAsSystem(fn);
}

/**
 * Method decorator: the method runs as the system (`RequestContext.runAsSystem`) whoever calls it.
 * For entry points only (a seed, a job's handler); a service method that requests reach must
 * never carry it.
 */
export function RunsAsSystem(): MethodDecorator {
  return (_target, _key, descriptor: PropertyDescriptor) => {
    const method = descriptor.value as (...args: unknown[]) => unknown;
    descriptor.value = function (this: unknown, ...args: unknown[]) {
      return RequestContext.runAsSystem(() => method.apply(this, args));
    };
    return descriptor;
  };
}
