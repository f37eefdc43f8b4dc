// Picks the card's UI language from a BCP 47 tag and loads its strings and, only where needed, its locale data.
import { createLocalizer, hasIntlData, type Localizer } from '../format.ts';
import en from './en.ts';
import type { LocaleData } from './locale-data.ts';
import type { Messages } from './messages.ts';

/** The UI languages the card speaks; any other language falls back to English. */
export const UI_LANGUAGES = ['en', 'da', 'sq'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

// Each language other than English is a separate chunk, fetched only by pages that use it.
const MESSAGES: Record<Exclude<UiLanguage, 'en'>, () => Promise<{ default: Messages }>> = {
  da: () => import('./da.ts'),
  sq: () => import('./sq.ts'),
};
const LOCALE_DATA: Record<string, () => Promise<{ default: LocaleData }>> = {
  da: () => import('./locale-data-da.ts'),
  sq: () => import('./locale-data-sq.ts'),
};

/** The UI language for a tag: `da-DK` → `da`, `nb` → `en`. */
export function uiLanguage(tag: string): UiLanguage {
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : 'en';
}

/** The English localizer, ready at once, used while another language loads. */
export const englishLocalizer: Localizer = createLocalizer('en', 'en', en);

/** Loads the localizer for a tag; keeps the tag's region (`en-GB`) for dates and numbers when it matches. */
export async function loadLocalizer(tag: string): Promise<Localizer> {
  const lang = uiLanguage(tag);
  let locale: string = lang;
  try {
    if (tag.toLowerCase().split(/[-_]/)[0] === lang) locale = Intl.getCanonicalLocales(tag)[0] ?? lang;
  } catch {
    // An invalid tag: keep the bare language.
  }
  if (lang === 'en') return locale === 'en' ? englishLocalizer : createLocalizer('en', locale, en);
  const [messages, data] = await Promise.all([
    MESSAGES[lang]().then((m) => m.default),
    hasIntlData(lang) ? undefined : LOCALE_DATA[lang]?.().then((m) => m.default),
  ]);
  return createLocalizer(lang, locale, messages, data);
}
