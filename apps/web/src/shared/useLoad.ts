import { ref, type Ref } from 'vue';
import { describeError } from './errors';

/** A page's data with its loading and error states, so no page is ever blank while waiting or failing. */
export function useLoad<T>(fn: () => Promise<T>, opts: { immediate?: boolean } = {}) {
  const data = ref<T>() as Ref<T | undefined>;
  const loading = ref(opts.immediate !== false);
  const error = ref<string | null>(null);
  const failure = ref<unknown>(null);
  async function reload(): Promise<void> {
    loading.value = true;
    error.value = null;
    failure.value = null;
    try {
      data.value = await fn();
    } catch (err) {
      failure.value = err;
      error.value = describeError(err);
    } finally {
      loading.value = false;
    }
  }
  if (opts.immediate !== false) void reload();
  return { data, loading, error, failure, reload };
}
