// GET /v1/relations/{a}/{b}/card: the card as an HTML page that reads without JavaScript and any site may frame.
import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import type { RelationsRecord } from '../../data/schema/relations-record.ts';
import { LAYOUTS, THEMES } from '../card-page/card-options.ts';
import { type CardPageLinks, cardPageHtml, PAGE_CSS } from '../card-page/card-page-html.ts';
import { htmlResponse, type RenderedPage } from '../card-page/html-response.ts';
import { cardPageCsp } from '../card-page/page-csp.ts';
import { contentEtag } from '../content-etag.ts';
import { pairIdOf } from '../country-pair.ts';
import { storedCacheControl } from '../document-response.ts';
import { IsolateCache } from '../isolate-cache.ts';
import { timeStoreRead } from '../middleware/server-timing.ts';
import { IF_NONE_MATCH, problemResponses } from '../openapi/index.ts';
import { pairRecord } from '../pair-records.ts';
import { CountryCodeParam, describedRoutes, enumParam, LANGUAGE_TAG, LanguageParam } from '../path-params.ts';
import { publicOrigin } from '../problem.ts';
import { recordStoreFor } from '../record-store.ts';

const cardParams = z.object({
  a: CountryCodeParam.openapi({ param: { description: 'One country.', example: 'AL' } }),
  b: CountryCodeParam.openapi({ param: { description: 'The other, in either order.', example: 'DK' } }),
});

const cardQuery = z.object({
  lang: LanguageParam.optional().openapi({
    param: { description: 'The page language (BCP 47): en, da or sq; any other speaks English.', example: 'da' },
    type: 'string',
    pattern: LANGUAGE_TAG.source,
  }),
  theme: enumParam('theme', THEMES)
    .optional()
    .openapi({ param: { description: '`auto` follows the reader’s light or dark preference.' }, enum: [...THEMES] }),
  layout: enumParam('layout', LAYOUTS)
    .optional()
    .openapi({ param: { description: '`compact` (the default) or `full`.' }, enum: [...LAYOUTS] }),
});

const html = (description: string) => ({
  description,
  headers: {
    ETag: { $ref: '#/components/headers/ETag' },
    'Cache-Control': { $ref: '#/components/headers/Cache-Control' },
  },
  content: { 'text/html': { schema: { type: 'string' as const } } },
});

const getCard = createRoute({
  method: 'get',
  path: '/{a}/{b}/card',
  operationId: 'getRelationsCard',
  summary: "A pair's card as an HTML page",
  description:
    'The card `<relations-card>` shows, rendered on the server from the same template: readable without JavaScript, ' +
    'framable by any site (`frame-ancestors *`, no cookies), with Open Graph tags and oEmbed discovery (`/oembed`).',
  parameters: [IF_NONE_MATCH],
  request: { params: cardParams, query: cardQuery },
  responses: {
    200: html('The card page.'),
    304: { description: 'Not Modified: the `If-None-Match` holds the current ETag. No body.' },
    404: html('The pair exists but the data holds nothing about it: a card page that says so.'),
    ...problemResponses(
      'invalid-country-code',
      'same-country',
      'invalid-parameter',
      'stored-record-invalid',
      'storage-unavailable',
    ),
  },
});

/** Rendered pages by record version and options: rendering costs milliseconds, a page is asked for many times. */
const rendered = new IsolateCache<RenderedPage>({ maxBytes: 8 * 1024 * 1024 });

/** The page's URLs on the deployment's public origin (never the Host header), or relative without one. */
function linksOf(origin: string, path: string, query: string): CardPageLinks {
  const canonical = `${origin}${path}${query ? `?${query}` : ''}`;
  return { canonical, oembed: `${origin}/oembed?url=${encodeURIComponent(canonical)}&format=json` };
}

/** The card page, mounted at `/v1/relations` beside the record. */
export const cardPage = describedRoutes().openapi(getCard, async (c) => {
  const { a, b } = c.req.valid('param');
  const { lang = 'en', theme = 'auto', layout = 'compact' } = c.req.valid('query');
  const id = pairIdOf(a, b);
  const countries = [id.slice(0, 2), id.slice(3)] as const;
  const lookup = await pairRecord(recordStoreFor(c.env.RELATIONS), id);
  timeStoreRead(c, lookup);
  const origin = publicOrigin(c.env.PUBLIC_ORIGIN) ?? '';
  const key = `${lookup.document?.etag ?? `none ${id}`} ${lang} ${theme} ${layout} ${origin}`;
  let page = rendered.get(key);
  if (page === undefined) {
    // The renderer (Lit's server renderer and the card's template) loads only when a card page is first asked for.
    const { renderCard } = await import('#card-renderer');
    const record = lookup.document ? (JSON.parse(lookup.document.body) as RelationsRecord) : null;
    const card = await renderCard(record, countries, { lang, theme, layout, flagBase: `${origin}/` });
    const query = new URLSearchParams({
      ...(lang !== 'en' ? { lang } : {}),
      ...(theme !== 'auto' ? { theme } : {}),
      ...(layout !== 'compact' ? { layout } : {}),
    });
    const text = cardPageHtml(
      card,
      linksOf(origin, `/v1/relations/${countries[0]}/${countries[1]}/card`, query.toString()),
    );
    page = Object.freeze({
      html: text,
      etag: await contentEtag(text),
      csp: await cardPageCsp([PAGE_CSS, card.css], origin || "'self'"),
    });
    rendered.set(key, page, 2 * text.length);
  }
  return htmlResponse(c, page, lookup.document ? 200 : 404, storedCacheControl(lookup)) as never;
});
