import { reactive } from 'vue';
import { useI18n } from 'vue-i18n';
import { get } from '../api/client';
import type { Region } from '../api/types';

/**
 * Dictionary labels (字典) instead of the API's raw values: `label('staffKind', 'lawyer')` is 律师.
 * A value without a label shows as it is, never as a missing-message key.
 */
export function useDict() {
  const { t, te } = useI18n();
  return (dict: string, value: string | null | undefined): string => {
    if (value === null || value === undefined || value === '') return '—';
    const key = `${dict}.${value}`;
    return te(key) ? t(key) : value;
  };
}

/** Region names by code, filled in as codes are shown (one request per parent region). */
export const regionNames = reactive(new Map<string, string>());
const asked = new Set<string>();

function parentOf(code: string): string | null {
  if (code.length === 12) return code.slice(0, 9);
  if (code.length === 9) return code.slice(0, 6);
  if (code.length === 6) return code.slice(0, 4);
  if (code.length === 4) return code.slice(0, 2);
  return null;
}

/** Fetches the names of `codes` (their siblings come along); unknown ones keep showing the code. */
export async function loadRegionNames(codes: Iterable<string | null | undefined>): Promise<void> {
  const parents = new Set<string>();
  for (const code of codes) {
    const parent = code ? parentOf(code) : null;
    if (code && parent && !regionNames.has(code) && !asked.has(parent)) parents.add(parent);
  }
  await Promise.all(
    [...parents].map(async (parent) => {
      asked.add(parent);
      try {
        for (const r of await get<Region[]>('/regions', { parent }, 'none')) regionNames.set(r.code, r.name);
      } catch {
        asked.delete(parent); // asked again next time
      }
    }),
  );
}

/** The region's name, else its code. */
export const regionName = (code: string | null | undefined): string =>
  code ? (regionNames.get(code) ?? code) : '—';
