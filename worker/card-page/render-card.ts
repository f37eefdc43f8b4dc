// The card as HTML, for the no-JavaScript card page: the widget's own view model, markup, strings and styles
// (relations-card/card-template.js) rendered by @lit-labs/ssr into a declarative shadow root. Bundled ahead of time
// with Node's export conditions (worker/scripts/build-card-renderer.ts): Lit's browser build reads `document`.
import { render } from '@lit-labs/ssr/lib/render.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import {
  type CardLayout,
  cardStyles,
  cardTemplate,
  cardView,
  loadLocalizer,
  problemTemplate,
} from '../../widget/src/card-template.ts';
import type { renderCard as RenderCard, RenderCardOptions } from './card-renderer.d.ts';

export type { RenderCardOptions, RenderedCard } from './card-renderer.d.ts';

// Hydration markers: a static page is never hydrated, so they are only bytes.
const LIT_MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->|<\?lit\$\d+\$>/g;
const TAGS = /<[^>]*>/g;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

const toText = (markup: string) =>
  markup
    .replace(TAGS, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();

function host(body: string, theme: RenderCardOptions['theme'], layout: CardLayout): string {
  return (
    `<relations-card-page theme="${theme}" layout="${layout}">` +
    `<template shadowrootmode="open"><style>${cardStyles}</style>${body}</template></relations-card-page>`
  );
}

/** Renders the card of `record` (or the no-data state when `record` is null, for the pair `countries`). */
export const renderCard: typeof RenderCard = async (record, countries, options) => {
  const L = await loadLocalizer(options.lang);
  const template = record
    ? cardTemplate(cardView(record), L, { flagBase: options.flagBase, layout: options.layout })
    : problemTemplate({ kind: 'not-found', countries }, L, { flagBase: options.flagBase, layout: options.layout });
  const body = collectResultSync(render(template)).replace(LIT_MARKERS, '');
  const [a = '', b = ''] = countries.map((code) => L.country(code));
  return {
    html: host(body, options.theme, options.layout),
    lang: L.lang,
    title: L.fill(L.messages.title, { a, b }),
    // The header is the title again; the description starts with the facts.
    text: toText(body.replace(/<header[\s\S]*?<\/header>/, '')),
    css: cardStyles,
  };
};
