// What the card page's renderer (dist/ssr/render-card.js, bundled from render-card.ts) offers the worker: declared
// here so the worker type-checks without the widget's DOM types; render-card.ts is checked against it.
import type { RelationsRecord } from '../../data/schema/relations-record.ts';

/** How to render a card. */
export interface RenderCardOptions {
  /** A BCP 47 tag; the card speaks en, da or sq and falls back to English. */
  lang: string;
  layout: 'compact' | 'full';
  theme: 'auto' | 'light' | 'dark';
  /** Absolute URL the flags are under, ending in `/`. */
  flagBase: string;
}

/** A rendered card: the host element with its shadow root, the language it speaks, and its words as plain text. */
export interface RenderedCard {
  html: string;
  lang: string;
  title: string;
  /** The card's text without markup, for a page's description. */
  text: string;
  /** The CSS the shadow root holds, for the page's Content-Security-Policy hash. */
  css: string;
}

/** Renders the card of `record` (or the no-data state when `record` is null, for the pair `countries`). */
export declare function renderCard(
  record: RelationsRecord | null,
  countries: readonly [string, string],
  options: RenderCardOptions,
): Promise<RenderedCard>;
