import { ElMessage, ElMessageBox } from 'element-plus';
import { reactive } from 'vue';
import { describeError } from '../shared/errors';

/** Runs an action and tells the official what happened, in words; true when it went through. */
export async function act<T>(fn: () => Promise<T>, success?: string | ((r: T) => string)): Promise<boolean> {
  try {
    const r = await fn();
    if (success) ElMessage.success(typeof success === 'string' ? success : success(r));
    return true;
  } catch (err) {
    ElMessage.error({ message: describeError(err), duration: 6000 });
    return false;
  }
}

/**
 * Asks before an action with consequences, its buttons named by what they do (取消预约 / 保留预约,
 * never 确定 / 取消); true when the official chose `go`.
 */
export function confirmed(
  message: string,
  title: string,
  buttons: { go: string; keep: string },
): Promise<boolean> {
  return ElMessageBox.confirm(message, title, {
    confirmButtonText: buttons.go,
    cancelButtonText: buttons.keep,
    type: 'warning',
  }).then(
    () => true,
    () => false,
  );
}

/**
 * The fields of a dialog's form and whether it is open: `show()` opens it with the blank values,
 * overridden by `values` (a row to edit).
 */
export function useDialogForm<T extends object>(blank: () => T) {
  const form = reactive(blank()) as T;
  const dialog = reactive({ open: false });
  function show(values: Partial<T> = {}): void {
    Object.assign(form, blank(), values);
    dialog.open = true;
  }
  return { form, dialog, show };
}
