import { ref } from 'vue';
import { listNotices } from '../api/requests';

/** The signed-in lawyer's unread notices, for the badge in the header. */
export const unreadNotices = ref(0);

export async function refreshUnread(): Promise<void> {
  unreadNotices.value = await listNotices()
    .then((n) => n.unread)
    .catch(() => unreadNotices.value);
}
