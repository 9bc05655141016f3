import { computed, ref } from 'vue';
import { get } from '../api/client';
import type { ServicePoint } from '../api/types';
import { regionCode } from './region';

/** The service points of the region shown, for pickers and for naming rows that carry only a servicePointId. */
export function usePoints() {
  const points = ref<ServicePoint[]>([]);
  const names = computed(() => new Map(points.value.map((p) => [p.id, p.name])));
  async function load(): Promise<ServicePoint[]> {
    points.value = await get<ServicePoint[]>('/service-points', { regionCode: regionCode.value }, 'none');
    return points.value;
  }
  return { points, names, load };
}
