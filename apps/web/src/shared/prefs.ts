import { ref, watch } from 'vue';

const LARGE_TEXT_KEY = 'portal.largeText';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Private mode or a full quota: the preference then lasts for this page only.
  }
}

/** 适老化: larger text, higher contrast and bigger tap targets, remembered on this phone. */
export const largeText = ref(read(LARGE_TEXT_KEY) === '1');

function apply(on: boolean): void {
  document.documentElement.classList.toggle('large-text', on);
}

apply(largeText.value);
watch(largeText, (on) => {
  write(LARGE_TEXT_KEY, on ? '1' : '0');
  apply(on);
});

export const storage = { read, write };
