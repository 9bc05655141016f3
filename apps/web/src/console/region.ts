import { computed, ref } from 'vue';
import { get } from '../api/client';
import type { Region } from '../api/types';
import { currentUser } from '../shared/session';

/** The region the console shows: the official's own, or one township of a county official's county. */
export const regionCode = ref(currentUser.value?.regionCode ?? '');
export const regionOptions = ref<{ code: string; name: string }[]>([]);

let loaded = false;
export async function loadRegions(): Promise<void> {
  const own = currentUser.value?.regionCode ?? '';
  if (!regionCode.value) regionCode.value = own;
  if (loaded || !own) return;
  loaded = true;
  regionOptions.value = [{ code: own, name: own }];
  // The official's own region by name (from its parent's children), then its townships for a county.
  const parent = own.length > 9 ? own.slice(0, 9) : own.length > 6 ? own.slice(0, 6) : own.slice(0, 4);
  try {
    const [siblings, children] = await Promise.all([
      get<Region[]>('/regions', { parent }, 'none'),
      own.length <= 6 ? get<Region[]>('/regions', { parent: own }, 'none') : Promise.resolve([]),
    ]);
    regionOptions.value = [
      { code: own, name: siblings.find((r) => r.code === own)?.name ?? own },
      ...children.filter((r) => r.level === 'township').map((r) => ({ code: r.code, name: r.name })),
    ];
  } catch {
    // the code alone is still usable
  }
}

export const isTownship = computed(() => regionCode.value.length === 9);
