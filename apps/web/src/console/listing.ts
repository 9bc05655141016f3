import { computed, reactive, ref, type Ref, watch } from 'vue';
import type { Page } from '../api/types';
import { useLoad } from '../shared/useLoad';

/** What a list's source answers: a page of the API's, or the whole list (paged here). */
type Rows<R> = R[] | Page<R>;

/** The most rows one request asks for (the API's PageQuery allows 500). */
const EXPORT_PAGE = 500;

/**
 * A console list as officials know them (RuoYi): the search row's fields (`query`, back to `blank()`
 * on reset), the current page, and the rows of the current filter for an export. `source` answers
 * either one page of the API's (server-side paging) or the whole list, which is paged here.
 */
export function useList<Q extends object, R>(
  blank: () => Q,
  source: (q: Q, page: number, pageSize: number) => Promise<Rows<R>>,
) {
  const query = reactive(blank()) as Q;
  const page = ref(1);
  const pageSize = ref(20);
  const { data, loading, error, reload } = useLoad(() => source(query, page.value, pageSize.value));
  const rows = computed<R[]>(() => {
    const d = data.value;
    if (!d) return [];
    if (!Array.isArray(d)) return d.items;
    return d.slice((page.value - 1) * pageSize.value, page.value * pageSize.value);
  });
  const total = computed(() =>
    !data.value ? 0 : Array.isArray(data.value) ? data.value.length : data.value.total,
  );

  function goTo(p: number): void {
    page.value = p;
    if (!Array.isArray(data.value)) void reload();
  }
  function resize(size: number): void {
    pageSize.value = size;
    page.value = 1;
    void reload();
  }
  function search(): Promise<void> {
    page.value = 1;
    return reload();
  }
  function reset(): Promise<void> {
    Object.assign(query, blank());
    return search();
  }
  /** Every row of the current filter, across pages: what an export writes. */
  async function everyRow(): Promise<R[]> {
    if (Array.isArray(data.value)) return data.value;
    const out: R[] = [];
    for (let p = 1; ; p++) {
      const answer = await source(query, p, EXPORT_PAGE);
      const items = Array.isArray(answer) ? answer : answer.items;
      out.push(...items);
      if (Array.isArray(answer) || out.length >= answer.total || !items.length) return out;
    }
  }
  return {
    query,
    page,
    pageSize,
    data,
    rows,
    total,
    loading,
    error,
    reload,
    goTo,
    resize,
    search,
    reset,
    everyRow,
  };
}

/**
 * Pages a list that is already loaded (a page's second table): the rows of the current page, back
 * to the first page whenever the list changes.
 */
export function usePaged<R>(all: Ref<R[]>) {
  const page = ref(1);
  const pageSize = ref(10);
  watch(all, () => (page.value = 1));
  const rows = computed(() =>
    all.value.slice((page.value - 1) * pageSize.value, page.value * pageSize.value),
  );
  const goTo = (p: number) => void (page.value = p);
  const resize = (size: number) => {
    pageSize.value = size;
    page.value = 1;
  };
  /** Its ListPager's props and listeners: `<ListPager v-bind="paged.pager.value" />`. */
  const pager = computed(() => ({
    total: all.value.length,
    page: page.value,
    pageSize: pageSize.value,
    onPage: goTo,
    onSize: resize,
  }));
  return { rows, pager };
}

export { type CsvColumn, saveFile, toCsv } from './csv';
