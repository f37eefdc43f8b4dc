// Which card an oEmbed `url` names: a card page or a record of this API, on any host (the answer is built on the
// deployment's own origin, never on the host the url gives).
import { toAlpha2 } from '../country-codes.ts';

/** A card to embed: the pair's canonical id and the page options the url carried. */
export interface EmbedTarget {
  id: string;
  lang?: string;
  theme?: 'auto' | 'light' | 'dark';
  layout?: 'compact' | 'full';
}

const PATH = /^\/v1\/relations\/([A-Za-z]{2,3})\/([A-Za-z]{2,3})(?:\/card)?\/?$/;
const LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,4}$/;

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
    id: a < b ? `${a}-${b}` : `${b}-${a}`,
    ...(lang && LANG.test(lang) ? { lang } : {}),
    ...(theme === 'auto' || theme === 'light' || theme === 'dark' ? { theme } : {}),
    ...(layout === 'compact' || layout === 'full' ? { layout } : {}),
  };
}
