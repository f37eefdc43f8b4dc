// The card page: a whole HTML document around a rendered card, with Open Graph tags and oEmbed discovery.
import type { RenderedCard } from './card-renderer.d.ts';
import { escapeHtml } from './escape-html.ts';

/** Where the page lives and how it is found. */
export interface CardPageLinks {
  /** The page's canonical absolute URL. */
  canonical: string;
  /** The oEmbed endpoint's URL for this page, absolute. */
  oembed: string;
}

/** A description of at most `max` characters, cut at a word. */
function shorten(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}

// The page's own style: the card on a transparent page, so a frame shows only the card.
export const PAGE_CSS = 'html,body{margin:0;background:transparent}body{padding:1px}';

/** The page's HTML. Everything from the record is escaped; the card itself was escaped by its renderer. */
export function cardPageHtml(card: RenderedCard, links: CardPageLinks): string {
  const title = escapeHtml(`${card.title} · relations-card`);
  const description = escapeHtml(shorten(card.text));
  return `<!doctype html>
<html lang="${escapeHtml(card.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<link rel="icon" href="data:,">
<title>${title}</title>
<meta name="description" content="${description}">
<link rel="canonical" href="${escapeHtml(links.canonical)}">
<link rel="alternate" type="application/json+oembed" href="${escapeHtml(links.oembed)}" title="${escapeHtml(card.title)}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="relations-card">
<meta property="og:title" content="${escapeHtml(card.title)}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${escapeHtml(links.canonical)}">
<meta property="og:locale" content="${escapeHtml(card.lang)}">
<meta name="twitter:card" content="summary">
<style>${PAGE_CSS}</style>
</head>
<body>
${card.html}
</body>
</html>
`;
}
