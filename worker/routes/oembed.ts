// GET /oembed: the oEmbed answer (https://oembed.com, type `rich`) for a card's URL, so CMSes and chat apps embed it.
import { createRoute } from '@hono/zod-openapi';
import * as z from 'zod';
import type { RelationsRecord } from '../../data/schema/relations-record.ts';
import { CARD_WIDTH, COMPACT_CARD_HEIGHT, FULL_CARD_HEIGHT } from '../card-page/card-size.ts';
import { embedTarget } from '../card-page/embed-target.ts';
import { escapeHtml } from '../card-page/escape-html.ts';
import { timeStoreRead } from '../middleware/server-timing.ts';
import { problemResponses } from '../openapi/index.ts';
import { pairRecord } from '../pair-records.ts';
import { describedRoutes, enumParam, WebUrlParam } from '../path-params.ts';
import { ProblemException, publicOrigin } from '../problem.ts';
import { recordStoreFor, type StoredDocument } from '../record-store.ts';

/** The oEmbed 1.0 answer of type `rich`. */
export const OEmbedRich = z
  .object({
    version: z.literal('1.0'),
    type: z.literal('rich'),
    html: z.string().describe('An iframe of the card page.'),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    title: z.string(),
    provider_name: z.literal('relations-card'),
    provider_url: z.string(),
    cache_age: z.number().int().nonnegative(),
  })
  .meta({ id: 'OEmbedRich', title: 'OEmbedRich' });

const size = z
  .string()
  .regex(/^[1-9]\d{0,4}$/)
  .optional();

const getOEmbed = createRoute({
  method: 'get',
  path: '/',
  operationId: 'getOEmbed',
  summary: 'oEmbed for a card',
  description:
    'The oEmbed answer (https://oembed.com) for the URL of a card page (`/v1/relations/{a}/{b}/card`, with its `lang`, `theme` and `layout`) or of a record: an iframe of the card page, within `maxwidth` and `maxheight`.',
  request: {
    query: z.object({
      url: WebUrlParam.openapi({
        param: {
          description: 'The card page or record URL.',
          example: 'https://relations-card.example.workers.dev/v1/relations/AL/DK/card',
        },
        type: 'string',
        pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$',
        maxLength: 2048,
      }),
      format: enumParam('format', ['json', 'xml'] as const)
        .optional()
        .openapi({ param: { description: 'Only `json` is answered; `xml` gets 501.' }, enum: ['json', 'xml'] }),
      maxwidth: size.openapi({
        param: { description: 'Largest width, in pixels.' },
        type: 'string',
        pattern: '^[1-9][0-9]{0,4}$',
      }),
      maxheight: size.openapi({
        param: { description: 'Largest height, in pixels.' },
        type: 'string',
        pattern: '^[1-9][0-9]{0,4}$',
      }),
    }),
  },
  responses: {
    200: {
      description: 'The embed.',
      headers: { 'Cache-Control': { $ref: '#/components/headers/Cache-Control' } },
      content: { 'application/json': { schema: OEmbedRich } },
    },
    ...problemResponses(
      'invalid-parameter',
      'embed-url-unknown',
      'embed-format-unsupported',
      'stored-record-invalid',
      'storage-unavailable',
    ),
  },
});

/** oEmbed answers for a day: a card page changes when its record does, and the iframe shows the current one. */
const CACHE_AGE = 86_400;

/** Record titles by document: the body is parsed once for its title, not on every oEmbed request. */
const titles = new WeakMap<StoredDocument, string>();

function titleOf(document: StoredDocument): string {
  let title = titles.get(document);
  if (title === undefined) {
    title = (JSON.parse(document.body) as RelationsRecord).title;
    titles.set(document, title);
  }
  return title;
}

/** The oEmbed endpoint, mounted at `/oembed`. */
export const oembed = describedRoutes().openapi(getOEmbed, async (c) => {
  const query = c.req.valid('query');
  if (query.format === 'xml') throw new ProblemException('embed-format-unsupported');
  const target = embedTarget(query.url);
  if (!target) throw new ProblemException('embed-url-unknown');
  const lookup = await pairRecord(recordStoreFor(c.env.RELATIONS), target.id);
  timeStoreRead(c, lookup);
  if (lookup.document === null) throw new ProblemException('embed-url-unknown', `No record of ${target.id} relations.`);
  const origin = publicOrigin(c.env.PUBLIC_ORIGIN) ?? '';
  const params = new URLSearchParams({
    ...(target.lang ? { lang: target.lang } : {}),
    ...(target.theme ? { theme: target.theme } : {}),
    ...(target.layout ? { layout: target.layout } : {}),
  }).toString();
  const src = `${origin}/v1/relations/${target.id.slice(0, 2)}/${target.id.slice(3)}/card${params ? `?${params}` : ''}`;
  const width = Math.min(CARD_WIDTH, Number(query.maxwidth ?? CARD_WIDTH));
  const natural = target.layout === 'full' ? FULL_CARD_HEIGHT : COMPACT_CARD_HEIGHT;
  const height = Math.min(natural, Number(query.maxheight ?? natural));
  const title = titleOf(lookup.document);
  const html =
    `<iframe src="${escapeHtml(src)}" width="${width}" height="${height}" title="${escapeHtml(title)}" ` +
    // frameborder rather than a style attribute: a page whose CSP forbids inline styles still shows no border.
    'frameborder="0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" ' +
    'sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>';
  const body: z.infer<typeof OEmbedRich> = {
    version: '1.0',
    type: 'rich',
    html,
    width,
    height,
    title,
    provider_name: 'relations-card',
    provider_url: `${origin}/`,
    cache_age: CACHE_AGE,
  };
  return c.json(body, 200, { 'cache-control': `public, max-age=${CACHE_AGE}` });
});
