import { ref, type Ref } from 'vue';
import { describeError } from './errors';
import { isOffline, recall, remember, type SeenScope } from './offline';

export interface LoadOptions {
  immediate?: boolean;
  /**
   * Keep the last answer on this phone under this key, and show it (with `staleAt`) when the next
   * load gets no answer at all. Only for data the phone's user may keep (see shared/offline.ts).
   */
  keep?: { scope: SeenScope; key: string | (() => string) };
}

/** A page's data with its loading and error states, so no page is ever blank while waiting or failing. */
export function useLoad<T>(fn: () => Promise<T>, opts: LoadOptions = {}) {
  const data = ref<T>() as Ref<T | undefined>;
  const loading = ref(opts.immediate !== false);
  const error = ref<string | null>(null);
  const failure = ref<unknown>(null);
  /** When the data shown was fetched, if it is a kept copy shown without signal; otherwise null. */
  const staleAt = ref<string | null>(null);
  const keyOf = () => {
    const k = opts.keep?.key;
    return typeof k === 'function' ? k() : (k ?? '');
  };
  async function reload(): Promise<void> {
    loading.value = true;
    error.value = null;
    failure.value = null;
    try {
      data.value = await fn();
      staleAt.value = null;
      if (opts.keep) remember(opts.keep.scope, keyOf(), data.value);
    } catch (err) {
      const kept = opts.keep && isOffline(err) ? recall<T>(opts.keep.scope, keyOf()) : null;
      if (kept) {
        data.value = kept.data;
        staleAt.value = kept.at;
      } else {
        failure.value = err;
        error.value = describeError(err);
      }
    } finally {
      loading.value = false;
    }
  }
  if (opts.immediate !== false) void reload();
  return { data, loading, error, failure, staleAt, reload };
}
