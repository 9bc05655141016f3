import { ref } from 'vue';
import { describeError, fieldErrors } from './errors';

/**
 * A form's submission on the phone pages: busy while it runs, then the API's refusal in words and
 * per field (`VALIDATION_FAILED` details), or nothing when it went through.
 */
export function useSubmit() {
  const busy = ref(false);
  const message = ref('');
  const fields = ref<Record<string, string>>({});
  async function run(fn: () => Promise<unknown>): Promise<boolean> {
    busy.value = true;
    message.value = '';
    fields.value = {};
    try {
      await fn();
      return true;
    } catch (err) {
      fields.value = fieldErrors(err);
      message.value = describeError(err);
      return false;
    } finally {
      busy.value = false;
    }
  }
  /** Refuses before sending: the field's message under it, and nothing sent. */
  function refuse(field: string, text: string): void {
    fields.value = { ...fields.value, [field]: text };
  }
  return { busy, message, fields, run, refuse };
}
