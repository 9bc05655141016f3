import { ref } from 'vue';

/** The browser's idea of being online, kept current. */
export const online = ref(typeof navigator === 'undefined' ? true : navigator.onLine);
window.addEventListener('online', () => (online.value = true));
window.addEventListener('offline', () => (online.value = false));
