import { createI18n } from 'vue-i18n';
import { storage } from '../shared/prefs';
import { zhCN } from './zh-CN';

export type Locale = 'zh-CN' | 'en';
const LOCALE_KEY = 'portal.locale';

const saved = storage.read(LOCALE_KEY);
const initial: Locale = saved === 'en' ? 'en' : 'zh-CN';

export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN' as string,
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN } as Record<string, typeof zhCN>,
  missingWarn: false,
  fallbackWarn: false,
});

let english: Promise<void> | undefined;
/** English is fetched only when chosen, so a Chinese phone never downloads it. */
function loadEnglish(): Promise<void> {
  english ??= import('./en').then(
    ({ en }) => i18n.global.setLocaleMessage('en', en),
    (err: unknown) => {
      english = undefined;
      throw err;
    },
  );
  return english;
}

// The lawyers' and officials' messages (their pages, the API's staff-only error codes) come with
// their pages, merged into the language's own messages: a resident's phone never downloads them.
const staffLoaded = new Map<Locale, Promise<void>>();
let staffWanted = false;
/** The language asked for last, which may still be loading. */
let requested: Locale = initial;
function mergeStaff(locale: Locale): Promise<void> {
  let pending = staffLoaded.get(locale);
  if (!pending) {
    pending = (
      locale === 'en'
        ? Promise.all([import('./en.staff'), loadEnglish()]).then(([m]) => m.enStaff)
        : import('./zh-CN.staff').then((m) => m.zhCNStaff)
    ).then(
      (messages) => i18n.global.mergeLocaleMessage(locale, messages),
      (err: unknown) => {
        staffLoaded.delete(locale);
        throw err;
      },
    );
    staffLoaded.set(locale, pending);
  }
  return pending;
}

/** Loads the staff pages' messages for Chinese (the fallback) and the language shown. */
export async function loadStaffMessages(): Promise<void> {
  staffWanted = true;
  await Promise.all([mergeStaff('zh-CN'), requested === 'en' ? mergeStaff('en') : undefined]);
}

export async function setLocale(locale: Locale): Promise<void> {
  requested = locale;
  if (locale === 'en') await loadEnglish();
  // The staff pages may have asked for their messages meanwhile (the first page starts loading at once).
  if (locale === 'en' && staffWanted) await mergeStaff('en');
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
  storage.write(LOCALE_KEY, locale);
}

export const initialLocale = initial;
export const t = i18n.global.t;
