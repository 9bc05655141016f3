import { computed, ref } from 'vue';
import { get } from '../api/client';
import type { Page, Staff } from '../api/types';
import { regionCode } from './region';

/** The lawyers of the region shown, for pickers and for naming rows that carry only a lawyerId. */
export function useLawyers() {
  const lawyers = ref<Staff[]>([]);
  const names = computed(() => new Map(lawyers.value.map((l) => [l.id, l.name])));
  async function load(): Promise<void> {
    lawyers.value = (
      await get<Page<Staff>>('/staff', { regionCode: regionCode.value, role: 'lawyer', pageSize: 500 })
    ).items;
  }
  void load().catch(() => undefined);
  return { lawyers, names, load };
}
