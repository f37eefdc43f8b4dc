// A localizer for a BCP 47 tag, in one call: for a server rendering the card (the element loads the same parts apart).
import { createLocalizer, type Localizer } from '../format.ts';
import { loadStrings, localeOf, uiLanguage } from './load-strings.ts';

/** Loads the strings of the tag's language and builds its localizer; `en-GB` keeps its region for dates. */
export async function loadLocalizer(tag: string): Promise<Localizer> {
  const lang = uiLanguage(tag);
  const [messages, data] = await loadStrings(lang);
  return createLocalizer(lang, localeOf(tag), messages, data);
}
