// MediaWiki Action API answers (formatversion=2) in the shape en.wikipedia.org gives them, with article text
// written for these tests. Each helper returns the recorded exchange for one request.
import type { Exchange } from '../replay-server.ts';

export const API_PATH = '/w/api.php';

/** An article of these tests: its title, page, current revision and plain-text extract. */
export interface TestArticle {
  title: string;
  pageid: number;
  revid: number;
  timestamp: string;
  extract: string;
}

export const ALBANIA_DENMARK: TestArticle = {
  title: 'Albania–Denmark relations',
  pageid: 23_861_977,
  revid: 1_254_310_871,
  timestamp: '2024-10-30T09:12:44Z',
  extract:
    'Albania and Denmark opened diplomatic relations in 1970. Denmark is represented in Albania through its embassy in Vienna.\n\n\n' +
    '== High-level visits ==\nThe Danish foreign minister travelled to Tirana in 2006.\n\n' +
    '== See also ==\nForeign relations of Albania\nForeign relations of Denmark\n\n\n== References ==',
};

export const DENMARK_ESTONIA: TestArticle = {
  title: 'Denmark–Estonia relations',
  pageid: 17_300_521,
  revid: 1_198_005_112,
  timestamp: '2024-01-21T17:40:03Z',
  extract:
    'Denmark recognised the independence of Estonia again on 24 August 1991. Both states belong to NATO and the European Union.\n\n' +
    '== Diplomatic missions ==\nDenmark keeps an embassy in Tallinn and Estonia one in Copenhagen.',
};

export const DENMARK_ICELAND: TestArticle = {
  title: 'Denmark–Iceland relations',
  pageid: 9_921_004,
  revid: 1_231_887_090,
  timestamp: '2024-06-30T08:01:59Z',
  extract: 'Denmark and Iceland set up diplomatic relations on 17 June 1944, the day Iceland became a republic.',
};

const base = (query: Record<string, unknown>) => ({ batchcomplete: true, query });

/** The batched title lookup (prop=revisions) for `titles`, with normalisation, redirects and missing pages. */
export function lookup(
  titles: string[],
  found: TestArticle[],
  extra: { redirects?: { from: string; to: string; tofragment?: string }[]; missing?: string[] } = {},
): Exchange {
  return {
    path: API_PATH,
    when: { action: 'query', prop: 'revisions', titles: titles.join('|') },
    body: base({
      ...(extra.redirects ? { redirects: extra.redirects } : {}),
      pages: [
        ...(extra.missing ?? []).map((title) => ({ ns: 0, title, missing: true })),
        ...found.map((a) => ({
          pageid: a.pageid,
          ns: 0,
          title: a.title,
          revisions: [{ revid: a.revid, parentid: a.revid - 17, timestamp: a.timestamp }],
        })),
      ],
    }),
  };
}

/** The whole-article extract of one page, with its current revision. */
export function extract(article: TestArticle, options: { once?: boolean } = {}): Exchange {
  return {
    path: API_PATH,
    when: { action: 'query', prop: 'extracts|revisions', titles: article.title },
    ...(options.once ? { once: true } : {}),
    body: base({
      pages: [
        {
          pageid: article.pageid,
          ns: 0,
          title: article.title,
          extract: article.extract,
          revisions: [{ revid: article.revid, parentid: article.revid - 17, timestamp: article.timestamp }],
        },
      ],
    }),
  };
}

/** What Wikimedia answers when replicas lag beyond `maxlag`: HTTP 200, an error body, Retry-After. */
export function maxlag(when: Record<string, string>): Exchange {
  return {
    path: API_PATH,
    when,
    once: true,
    headers: { 'retry-after': '5', 'x-database-lag': '7' },
    body: {
      error: {
        code: 'maxlag',
        info: 'Waiting for 10.64.48.35: 7 seconds lagged.',
        host: '10.64.48.35',
        lag: 7,
        type: 'db',
        docref: 'See https://en.wikipedia.org/w/api.php for API usage.',
      },
      servedby: 'mw-api-ext.eqiad.main-5d9f8b9c7-x2x4q',
    },
  };
}

/** Too many requests: HTTP 429 with Retry-After, once. */
export function tooMany(when: Record<string, string>, seconds = 3): Exchange {
  return {
    path: API_PATH,
    when,
    once: true,
    status: 429,
    headers: { 'retry-after': String(seconds) },
    body: 'Too many requests',
  };
}

/** One page of a category's members, with the continuation to the next page when there is one. */
export function categoryPage(category: string, titles: string[], next?: string, from?: string): Exchange {
  return {
    path: API_PATH,
    when: { action: 'query', list: 'categorymembers', cmtitle: category, ...(from ? { cmcontinue: from } : {}) },
    ...(from ? {} : { once: true }),
    body: {
      ...(next ? { continue: { cmcontinue: next, continue: '-||' } } : { batchcomplete: true }),
      query: { categorymembers: titles.map((title, i) => ({ pageid: 1000 + i, ns: 0, title })) },
    },
  };
}
