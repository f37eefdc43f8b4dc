// Picks the card's language from a BCP 47 tag and loads its strings and, only where the browser lacks them, its
// locale data. Every language is a chunk, English too: a card shows no text until its page's language is here.
import type { LocaleData } from './locale-data.ts';
import type { Messages } from './messages.ts';

/** The languages the card speaks; any other falls back to English. */
export const UI_LANGUAGES = ['en', 'da', 'sq'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const MESSAGES: Record<UiLanguage, () => Promise<{ default: Messages }>> = {
  en: () => import('./en.ts'),
  da: () => import('./da.ts'),
  sq: () => import('./sq.ts'),
};
const LOCALE_DATA: Partial<Record<UiLanguage, () => Promise<{ default: LocaleData }>>> = {
  da: () => import('./locale-data-da.ts'),
  sq: () => import('./locale-data-sq.ts'),
};

/** The language for a tag: `da-DK` → `da`, `nb` → `en`. */
export function uiLanguage(tag: string): UiLanguage {
  const base = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  return (UI_LANGUAGES as readonly string[]).includes(base) ? (base as UiLanguage) : 'en';
}

/** The locale for dates and numbers: the tag itself (`en-GB`) where its language is the card's, else the language. */
export function localeOf(tag: string): string {
  const lang = uiLanguage(tag);
  try {
    if (tag.toLowerCase().split(/[-_]/)[0] === lang) return Intl.getCanonicalLocales(tag)[0] ?? lang;
  } catch {
    // An invalid tag: keep the bare language.
  }
  return lang;
}

/** Whether this browser's Intl carries names, dates and numbers for a language. */
function hasIntlData(lang: string): boolean {
  return (
    Intl.DisplayNames.supportedLocalesOf(lang).length > 0 &&
    Intl.DateTimeFormat.supportedLocalesOf(lang).length > 0 &&
    Intl.NumberFormat.supportedLocalesOf(lang).length > 0
  );
}

/** A language's strings and, where Intl lacks the language, its bundled locale data. */
export async function loadStrings(lang: UiLanguage): Promise<[Messages, LocaleData | undefined]> {
  const data = hasIntlData(lang) ? undefined : LOCALE_DATA[lang];
  const [messages, locale] = await Promise.all([MESSAGES[lang](), data?.()]);
  return [messages.default, locale?.default];
}
