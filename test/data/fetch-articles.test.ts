import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { politeClient } from '../../data/fetch/polite-client.ts';
import { actionApi } from '../../data/fetch/wikipedia/action-api.ts';
import { articleFileName, articleText } from '../../data/fetch/wikipedia/article-file.ts';
import { categoryTitles } from '../../data/fetch/wikipedia/category-titles.ts';
import { type ArticleRequest, fetchArticles } from '../../data/fetch/wikipedia/fetch-articles.ts';
import { pairTitles } from '../../data/fetch/wikipedia/pair-titles.ts';
import { ingestArticle } from '../../data/ingest/index.ts';
import { pairOfTitle } from '../../data/ingest/title-pair.ts';
import { readReferenceFiles } from '../../data/publish/read-reference-files.ts';
import { readSourcesManifest } from '../../data/scripts/sources-manifest.ts';
import { type Exchange, type ReplayServer, replayServer } from './replay/replay-server.ts';
import {
  ALBANIA_DENMARK,
  API_PATH,
  categoryPage,
  DENMARK_ESTONIA,
  DENMARK_ICELAND,
  extract,
  lookup,
  maxlag,
  tooMany,
} from './replay/wikipedia/answers.ts';

const USER_AGENT = 'relations-card-data/0.1.0 (maintainer@example.org) node/22';
let server: ReplayServer;
let dir: string;
let waits: number[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relations-fetch-'));
  waits = [];
});
afterEach(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs fetchArticles against the replay server, waits recorded instead of slept. */
async function run(exchanges: Exchange[], requests: ArticleRequest[], today = '2026-11-30') {
  await server?.close();
  server = await replayServer(exchanges);
  const client = politeClient({
    userAgent: USER_AGENT,
    sleep: async (ms) => {
      waits.push(ms);
    },
    log: () => {},
  });
  const endpoint = `${server.origin}${API_PATH}`;
  const lines: string[] = [];
  const report = await fetchArticles(requests, {
    api: actionApi(client, endpoint),
    endpoint,
    outDir: dir,
    manifestPath: join(dir, 'sources.json'),
    today,
    namesPair: (title) => /–.* relations$/.test(title),
    log: (line) => lines.push(line),
  });
  return { report, lines, client };
}

const required = (...titles: string[]) => titles.map((title) => ({ title, required: true }));

describe('fetching articles by title', () => {
  it('writes each article in the seed shape and records its exact revision', async () => {
    const { report } = await run(
      [
        lookup(['Denmark–Albania relations', 'Atlantis–Denmark relations'], [ALBANIA_DENMARK], {
          redirects: [{ from: 'Denmark–Albania relations', to: 'Albania–Denmark relations' }],
          missing: ['Atlantis–Denmark relations'],
        }),
        extract(ALBANIA_DENMARK),
      ],
      required('Denmark–Albania relations', 'Atlantis–Denmark relations'),
    );
    expect(report.written.map((w) => w.file)).toEqual(['albania-denmark.txt']);
    expect(report.missing).toEqual([{ title: 'Atlantis–Denmark relations', reason: 'no such article' }]);

    const text = readFileSync(join(dir, 'albania-denmark.txt'), 'utf8');
    expect(text.startsWith('= Albania–Denmark relations =\n\nAlbania and Denmark opened')).toBe(true);
    expect(text).toContain('\n==High-level visits==\n');
    expect(text).not.toContain('\n\n\n');

    const entry = readSourcesManifest(join(dir, 'sources.json')).get('albania-denmark.txt');
    expect(entry).toMatchObject({
      title: 'Albania–Denmark relations',
      pageid: ALBANIA_DENMARK.pageid,
      revision: String(ALBANIA_DENMARK.revid),
      timestamp: ALBANIA_DENMARK.timestamp,
      retrieved: '2026-11-30',
    });
    expect(entry?.url).toBe(
      `${server.origin}/w/index.php?title=Albania%E2%80%93Denmark_relations&oldid=${ALBANIA_DENMARK.revid}`,
    );
  });

  it('asks politely: a User-Agent with a contact, maxlag=5, JSON format 2, titles batched in one request', async () => {
    await run(
      [
        lookup(['Albania–Denmark relations', 'Denmark–Estonia relations'], [ALBANIA_DENMARK, DENMARK_ESTONIA]),
        extract(ALBANIA_DENMARK),
        extract(DENMARK_ESTONIA),
      ],
      required('Albania–Denmark relations', 'Denmark–Estonia relations'),
    );
    expect(server.requests).toHaveLength(3);
    for (const request of server.requests) {
      expect(request.headers['user-agent']).toBe(USER_AGENT);
      expect(request.params).toMatchObject({ maxlag: '5', format: 'json', formatversion: '2' });
    }
    expect(server.requests[0]?.params.titles).toBe('Albania–Denmark relations|Denmark–Estonia relations');
    expect(server.requests[1]?.params).toMatchObject({ explaintext: '1', exsectionformat: 'wiki', exlimit: '1' });
  });

  it('does not download a revision it already holds, and downloads a newer one', async () => {
    const exchanges = [lookup(['Albania–Denmark relations'], [ALBANIA_DENMARK]), extract(ALBANIA_DENMARK)];
    await run(exchanges, required('Albania–Denmark relations'), '2026-11-30');
    const second = await run(exchanges, required('Albania–Denmark relations'), '2026-12-07');
    expect(second.report.unchanged).toEqual(['Albania–Denmark relations']);
    expect(server.requests.map((r) => r.params.prop)).toEqual(['revisions']);
    const entry = readSourcesManifest(join(dir, 'sources.json')).get('albania-denmark.txt');
    expect(entry).toMatchObject({ retrieved: '2026-11-30', checked: '2026-12-07' });

    const edited = {
      ...ALBANIA_DENMARK,
      revid: ALBANIA_DENMARK.revid + 40,
      extract: `${ALBANIA_DENMARK.extract} Trade grew.`,
    };
    const third = await run(
      [lookup(['Albania–Denmark relations'], [edited]), extract(edited)],
      required('Albania–Denmark relations'),
      '2026-12-14',
    );
    expect(third.report.written).toEqual([
      {
        title: edited.title,
        file: 'albania-denmark.txt',
        revision: edited.revid,
        previous: String(ALBANIA_DENMARK.revid),
      },
    ]);
    expect(readSourcesManifest(join(dir, 'sources.json')).get('albania-denmark.txt')?.retrieved).toBe('2026-12-14');
  });

  it('downloads again when the file on disk is not the revision the manifest names', async () => {
    const exchanges = [lookup(['Albania–Denmark relations'], [ALBANIA_DENMARK]), extract(ALBANIA_DENMARK)];
    await run(exchanges, required('Albania–Denmark relations'));
    rmSync(join(dir, 'albania-denmark.txt'));
    const again = await run(exchanges, required('Albania–Denmark relations'));
    expect(again.report.written).toHaveLength(1);
    expect(existsSync(join(dir, 'albania-denmark.txt'))).toBe(true);
  });

  it('waits out a 429 and a maxlag answer as Retry-After says, then carries on', async () => {
    const extractWhen = { prop: 'extracts|revisions', titles: ALBANIA_DENMARK.title };
    const { report, client } = await run(
      [
        maxlag({ prop: 'revisions' }),
        lookup(['Albania–Denmark relations'], [ALBANIA_DENMARK]),
        tooMany(extractWhen, 3),
        extract(ALBANIA_DENMARK),
      ],
      required('Albania–Denmark relations'),
    );
    expect(report.written).toHaveLength(1);
    expect(waits).toEqual([5000, 3000]);
    expect(client.stats).toMatchObject({ requests: 4, retries: 2 });
  });

  it('resumes where a stopped run stopped: what was written is kept and not asked for again', async () => {
    const titles = ['Albania–Denmark relations', 'Denmark–Estonia relations'];
    const both = lookup(titles, [ALBANIA_DENMARK, DENMARK_ESTONIA]);
    const down: Exchange = {
      path: API_PATH,
      when: { prop: 'extracts|revisions', titles: DENMARK_ESTONIA.title },
      status: 503,
      body: 'down',
    };
    await expect(run([both, extract(ALBANIA_DENMARK), down], required(...titles))).rejects.toThrow(/503/);
    expect(readSourcesManifest(join(dir, 'sources.json')).has('albania-denmark.txt')).toBe(true);

    const resumed = await run([both, extract(DENMARK_ESTONIA)], required(...titles));
    expect(resumed.report.unchanged).toEqual(['Albania–Denmark relations']);
    expect(resumed.report.written.map((w) => w.file)).toEqual(['denmark-estonia.txt']);
  });

  it('stops after the article in hand when asked (Ctrl-C), with that article saved', async () => {
    const titles = ['Albania–Denmark relations', 'Denmark–Estonia relations'];
    server = await replayServer([
      lookup(titles, [ALBANIA_DENMARK, DENMARK_ESTONIA]),
      extract(ALBANIA_DENMARK),
      extract(DENMARK_ESTONIA),
    ]);
    const endpoint = `${server.origin}${API_PATH}`;
    const stop = new AbortController();
    const report = await fetchArticles(required(...titles), {
      api: actionApi(politeClient({ userAgent: USER_AGENT, log: () => {} }), endpoint),
      endpoint,
      outDir: dir,
      manifestPath: join(dir, 'sources.json'),
      today: '2026-11-30',
      namesPair: () => true,
      // The user presses Ctrl-C while the first article is being written.
      log: (line) => {
        if (line.includes('→ albania-denmark.txt')) stop.abort();
      },
      signal: stop.signal,
    });
    expect(report.stopped).toBe(true);
    expect(report.written.map((w) => w.file)).toEqual(['albania-denmark.txt']);
    expect(readSourcesManifest(join(dir, 'sources.json')).has('albania-denmark.txt')).toBe(true);
    expect(server.requests.filter((r) => r.params.prop === 'extracts|revisions')).toHaveLength(1);
  });

  it('names a redirect to a section of another article as missing, not as the pair', async () => {
    const { report } = await run(
      [
        lookup(['Denmark–Tuvalu relations'], [], {
          redirects: [{ from: 'Denmark–Tuvalu relations', to: 'Foreign relations of Tuvalu', tofragment: 'Denmark' }],
        }),
      ],
      required('Denmark–Tuvalu relations'),
    );
    expect(report.missing).toEqual([
      { title: 'Denmark–Tuvalu relations', reason: 'redirects to a section: Foreign relations of Tuvalu#Denmark' },
    ]);
  });
});

describe('fetching a category', () => {
  it('follows continuation to the last page and keeps only articles about a pair', async () => {
    server = await replayServer([
      categoryPage(
        'Category:Bilateral relations of Denmark',
        ['Albania–Denmark relations', 'Foreign relations of Denmark'],
        'page|44454e4d41524b|1002',
      ),
      categoryPage(
        'Category:Bilateral relations of Denmark',
        ['Denmark–Iceland relations'],
        undefined,
        'page|44454e4d41524b|1002',
      ),
    ]);
    const api = actionApi(politeClient({ userAgent: USER_AGENT, log: () => {} }), `${server.origin}${API_PATH}`);
    const titles = await categoryTitles(api, 'Bilateral relations of Denmark');
    expect(titles).toEqual(['Albania–Denmark relations', 'Foreign relations of Denmark', 'Denmark–Iceland relations']);
    expect(server.requests.map((r) => r.params.cmcontinue)).toEqual([undefined, 'page|44454e4d41524b|1002']);

    const { report } = await run(
      [
        lookup(titles, [
          ALBANIA_DENMARK,
          { ...DENMARK_ICELAND },
          { ...DENMARK_ICELAND, title: 'Foreign relations of Denmark', pageid: 1 },
        ]),
        extract(ALBANIA_DENMARK),
        extract(DENMARK_ICELAND),
      ],
      required(...titles),
    );
    expect(report.written.map((w) => w.file).sort()).toEqual(['albania-denmark.txt', 'denmark-iceland.txt']);
    expect(report.skipped).toEqual([
      { title: 'Foreign relations of Denmark', reason: 'the title names no pair of states' },
    ]);
  });
});

describe('article files', () => {
  it('are named like the seed and read by the ingester with the revision as provenance', () => {
    expect(articleFileName('Albania–Denmark relations')).toBe('albania-denmark.txt');
    expect(articleFileName('Côte d’Ivoire–São Tomé and Príncipe relations')).toBe(
      'cote-d-ivoire-sao-tome-and-principe.txt',
    );
    const text = articleText(ALBANIA_DENMARK.title, ALBANIA_DENMARK.extract);
    const result = ingestArticle(text, {
      retrieved: '2026-11-30',
      revision: '1254310871',
      url: 'https://en.wikipedia.org/w/index.php?title=Albania%E2%80%93Denmark_relations&oldid=1254310871',
    });
    expect(result.record?.id).toBe('AL-DK');
    expect(result.record?.sources[0]).toMatchObject({ revision: '1254310871', license: 'CC BY-SA 4.0' });
    const span = result.record?.events[0]?.provenance[0]?.span;
    expect(span && text.slice(span[0], span[1])).toContain('in 1970');
  });

  it('for every pair of the reference states, name a title the ingester reads back as that pair', () => {
    const titles = pairTitles(readReferenceFiles(fileURLToPath(new URL('../..', import.meta.url))).countries);
    expect(titles.length).toBe(19_306);
    const misread = titles.filter((t) => pairOfTitle(t.title)?.toSorted().join() !== t.pair.toSorted().join());
    expect(misread.map((t) => t.title)).toEqual([]);
  });

  it('cover every pair once, named as Wikipedia names them, in alphabetical order', () => {
    const titles = pairTitles([
      { code: 'DK', name: 'Denmark' },
      { code: 'AL', name: 'Albania' },
      { code: 'CZ', name: 'Czechia' },
    ]);
    expect(titles.map((t) => t.title)).toEqual([
      'Albania–Czech Republic relations',
      'Albania–Denmark relations',
      'Czech Republic–Denmark relations',
    ]);
  });
});
