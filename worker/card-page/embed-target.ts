// Which card an oEmbed `url` names: a card page or a record of this API, on any host (the answer is built on the
// deployment's own origin, never on the host the url gives).
import { pairId } from '../../data/schema/kv-keys.ts';
import { toAlpha2 } from '../country-codes.ts';
import { LANGUAGE_TAG } from '../path-params.ts';
import { LAYOUTS, type Layout, oneOf, THEMES, type Theme } from './card-options.ts';

/** A card to embed: the pair's canonical id and the page options the url carried. */
export interface EmbedTarget {
  id: string;
  lang?: string;
  theme?: Theme;
  layout?: Layout;
}

const PATH = /^\/v1\/relations\/([A-Za-z]{2,3})\/([A-Za-z]{2,3})(?:\/card)?\/?$/;

/** The card `url` names, or undefined when it names none. */
export function embedTarget(url: string): EmbedTarget | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const match = PATH.exec(parsed.pathname);
  const a = match?.[1] && toAlpha2(match[1]);
  const b = match?.[2] && toAlpha2(match[2]);
  if (!a || !b || a === b) return undefined;
  const lang = parsed.searchParams.get('lang') ?? undefined;
  const theme = parsed.searchParams.get('theme');
  const layout = parsed.searchParams.get('layout');
  return {
    id: pairId(a, b),
    ...(lang && LANGUAGE_TAG.test(lang) ? { lang } : {}),
    ...(oneOf(THEMES, theme) ? { theme } : {}),
    ...(oneOf(LAYOUTS, layout) ? { layout } : {}),
  };
}
