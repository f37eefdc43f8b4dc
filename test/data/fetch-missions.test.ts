// The missions fetcher against recorded Wikidata Query Service answers: what it asks, what it writes, what it refuses.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { FetchError, politeClient } from '../../data/fetch/polite-client.ts';
import { userAgent } from '../../data/fetch/user-agent.ts';
import { fetchMissions } from '../../data/fetch/wikidata/fetch-missions.ts';
import { CSV_COLUMNS } from '../../data/fetch/wikidata/missions-csv.ts';
import { MISSIONS_QUERY, QUERY_VARIABLES, queryHash } from '../../data/fetch/wikidata/missions-query.ts';
import { importMissions } from '../../data/reference/import/import-missions.ts';
import { readCuration } from '../../data/reference/import/read-curation.ts';
import { StateCodes } from '../../data/reference/import/state-codes.ts';
import { type Exchange, type ReplayServer, replayServer } from './replay/replay-server.ts';

const ANSWER = readFileSync(new URL('./replay/wikidata/missions.json', import.meta.url), 'utf8');
const answer = JSON.parse(ANSWER) as { head: { vars: string[] }; results: { bindings: unknown[] } };
const AGENT = userAgent('test@example.org');
const ENTITY = 'http://www.wikidata.org/entity/';

let server: ReplayServer | undefined;
let outDir: string | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  outDir = undefined;
});

/** Runs the fetcher against `exchanges` into a fresh folder (or `into`), sleeping nowhere. */
async function run(exchanges: Exchange[], into?: string) {
  server = await replayServer(exchanges);
  outDir = into ?? mkdtempSync(join(tmpdir(), 'fetch-missions-'));
  const waits: number[] = [];
  const logged: string[] = [];
  const client = politeClient({ userAgent: AGENT, sleep: async (ms) => void waits.push(ms), log: () => {} });
  const summary = fetchMissions({
    endpoint: `${server.origin}/sparql`,
    client,
    outDir,
    log: (line) => logged.push(line),
    now: () => new Date('2026-03-02T10:00:00Z'),
  });
  return { summary, waits, logged, outDir, server, client };
}

const csvOf = (dir: string) => readFileSync(join(dir, 'wikidata-missions.csv'), 'utf8');
const rowsOf = (text: string) =>
  parse(text, { delimiter: ';', quote: false, columns: true }) as Record<string, string>[];
const sparqlAnswer = (bindings: unknown[]) => ({ head: answer.head, results: { bindings } });

describe('the missions query', () => {
  it('selects the variables the converter reads, in its order', () => {
    const select = /^SELECT([\s\S]*?)^WHERE/m.exec(MISSIONS_QUERY)?.[1] ?? '';
    expect(select.match(/\?\w+/g)?.map((v) => v.slice(1))).toEqual([...QUERY_VARIABLES]);
  });

  it('keeps the precision and concatenates jurisdictions with | like the CSV', () => {
    expect(MISSIONS_QUERY).toContain('wikibase:timePrecision ?creationPrecision');
    expect(MISSIONS_QUERY).toMatch(/GROUP_CONCAT\(DISTINCT \?jurisdictionName; separator = "\|"\)/);
    expect(queryHash(MISSIONS_QUERY)).toMatch(/^sha256:[0-9a-f]{16}$/);
  });
});

describe('fetchMissions', () => {
  it('POSTs the query as a form with the User-Agent and asks for SPARQL JSON', async () => {
    const { summary, server } = await run([{ path: '/sparql', when: { query: MISSIONS_QUERY }, body: ANSWER }]);
    await summary;
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.headers['user-agent']).toBe(AGENT);
    expect(request?.headers.accept).toBe('application/sparql-results+json');
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('writes the CSV in the shared shape, one row per mission sorted by QID, and its meta', async () => {
    const { summary, outDir, server } = await run([{ when: {}, body: ANSWER }]);
    const result = await summary;
    const text = csvOf(outDir);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(';'));
    expect(lines.every((line) => line.split(';').length === CSV_COLUMNS.length)).toBe(true);
    const rows = rowsOf(text);
    expect(rows.map((row) => row.QID?.replace(ENTITY, ''))).toEqual([
      'Q1661719',
      'Q9149460',
      'Q9149462',
      'Q24706394',
      'Q66341093',
      'Q104630248',
    ]);
    expect(result).toMatchObject({ rows: 6, previousRows: undefined, bytes: Buffer.byteLength(text) });
    expect(result.file).toBe(join(outDir, 'wikidata-missions.csv'));
    expect(result.ms).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(readFileSync(join(outDir, 'wikidata-missions.meta.json'), 'utf8'))).toEqual({
      retrieved: '2026-03-02',
      endpoint: `${server.origin}/sparql`,
      rows: 6,
      queryHash: queryHash(MISSIONS_QUERY),
    });
    expect(readdirSync(outDir).sort()).toEqual(['wikidata-missions.csv', 'wikidata-missions.meta.json']);
  });

  it('writes values as the import reads them: coordinates split, ; and line breaks defused, jurisdictions paired', async () => {
    const { summary, outDir } = await run([{ when: {}, body: ANSWER }]);
    await summary;
    const byItem = new Map(rowsOf(csvOf(outDir)).map((row) => [row.QID?.replace(ENTITY, ''), row]));
    const belgium = byItem.get('Q9149462');
    expect(belgium).toMatchObject({
      operator: 'Belgium',
      address: 'Senatorska 34, 00-095 Warszawa Poland',
      latitude: '52.243805555',
      longitude: '21.003605555',
      email: 'mailto:warsaw@diplobel.fed.be',
      twitter: 'BelgiumInWarsaw',
      jurisdictions: 'Poland|Lithuania',
      jurisdictionQIDs: `${ENTITY}Q36|${ENTITY}Q37`,
      creation: '1919-01-01T00:00:00Z',
      // Of its two inceptions at the same time, the finer precision.
      creationPrecision: '9',
      pictureAuthor: '',
    });
    expect(byItem.get('Q104630248')).toMatchObject({
      jurisdictions: 'Austria|Slovakia|Albania|Kosovo',
      jurisdictionQIDs: ['Q40', 'Q214', 'Q222', 'Q1246'].map((q) => ENTITY + q).join('|'),
      creation: '',
      creationPrecision: '',
    });
  });

  it('waits as Retry-After says after a 429, then writes the answer', async () => {
    const { summary, waits, server, outDir } = await run([
      { when: {}, status: 429, headers: { 'retry-after': '9' }, body: 'Too Many Requests', once: true },
      { when: {}, body: ANSWER },
    ]);
    expect((await summary).rows).toBe(6);
    expect(waits).toEqual([9000]);
    expect(server.requests.map((r) => r.headers['user-agent'])).toEqual([AGENT, AGENT]);
    expect(existsSync(join(outDir, 'wikidata-missions.csv'))).toBe(true);
  });

  it('refuses an answer cut off mid-body, and leaves the previous snapshot as it was', async () => {
    const first = await run([{ when: {}, body: ANSWER }]);
    await first.summary;
    const dir = first.outDir;
    const before = [csvOf(dir), readFileSync(join(dir, 'wikidata-missions.meta.json'), 'utf8')];
    await server?.close();
    const second = await run([{ when: {}, body: ANSWER.slice(0, 1500) }], dir);
    await expect(second.summary).rejects.toThrow(/^wikidata missions: 127\.0\.0\.1:\d+: the answer is not SPARQL JSON/);
    expect([csvOf(dir), readFileSync(join(dir, 'wikidata-missions.meta.json'), 'utf8')]).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['wikidata-missions.csv', 'wikidata-missions.meta.json']);
  });

  it('refuses an answer with under half the previous snapshot’s rows, in one line', async () => {
    const first = await run([{ when: {}, body: ANSWER }]);
    await first.summary;
    const dir = first.outDir;
    const before = csvOf(dir);
    await server?.close();
    const short = sparqlAnswer(answer.results.bindings.slice(0, 2));
    const second = await run([{ when: {}, body: short }], dir);
    const failure = (await second.summary.catch((error: unknown) => error)) as Error;
    expect(failure.message).toMatch(/2 missions, under half of the 6 the missions data had/);
    expect(failure.message).not.toContain('\n');
    expect(csvOf(dir)).toBe(before);
  });

  it('holds a first answer to the shared CSV’s rows when there is no snapshot yet', async () => {
    server = await replayServer([{ when: {}, body: sparqlAnswer(answer.results.bindings.slice(0, 2)) }]);
    outDir = mkdtempSync(join(tmpdir(), 'fetch-missions-'));
    const client = politeClient({ userAgent: AGENT, sleep: async () => {}, log: () => {} });
    const failure = (await fetchMissions({
      endpoint: `${server.origin}/sparql`,
      client,
      outDir,
      baselineRows: 9852,
    }).catch((error: unknown) => error)) as Error;
    expect(failure.message).toMatch(/2 missions, under half of the 9852 the missions data had/);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('refuses JSON that is not the query’s answer, and an empty one', async () => {
    const other = await run([{ when: {}, body: { head: { vars: ['QID'] }, results: { bindings: [] } } }]);
    await expect(other.summary).rejects.toThrow(/does not select \?operator \?operatorQID/);
    expect(existsSync(join(other.outDir, 'wikidata-missions.csv'))).toBe(false);
    await server?.close();
    const empty = await run([{ when: {}, body: sparqlAnswer([]) }]);
    await expect(empty.summary).rejects.toThrow(/the answer has no missions/);
  });

  it('passes on the client’s failure (a 400 for a bad query) without writing', async () => {
    const { summary, outDir } = await run([{ when: {}, status: 400, body: 'MalformedQueryException' }]);
    await expect(summary).rejects.toThrow(FetchError);
    expect(existsSync(join(outDir, 'wikidata-missions.csv'))).toBe(false);
  });
});

describe('the import of a fetched snapshot', () => {
  const profile = (code: string, wikidata: string) => ({
    file: `countries/${code}.yaml`,
    code,
    iso3: undefined,
    wikidata,
    unMember: code !== 'XK',
    independent: true,
    borders: [],
    demonym: undefined,
  });
  const items = { DK: 'Q35', AT: 'Q40', CZ: 'Q213', AR: 'Q414', UA: 'Q212', AU: 'Q408', PL: 'Q36', BE: 'Q31' };
  const more = { LT: 'Q37', SK: 'Q214', AL: 'Q222', XK: 'Q1246', HU: 'Q28' };
  const codes = new StateCodes(
    Object.entries({ ...items, ...more }).map(([code, item]) => profile(code, item)),
    { codes: {}, profileCodes: {}, extraStates: {} },
  );
  const capitals = new Map([
    ['AT', 'Vienna'],
    ['CZ', 'Prague'],
    ['UA', 'Kyiv'],
    ['PL', 'Warsaw'],
    ['HU', 'Budapest'],
  ]);
  const curation = readCuration(new URL('../../data/reference/curation', import.meta.url).pathname);

  it('dates each mission at the precision Wikidata gives', async () => {
    const { summary, outDir } = await run([{ when: {}, body: ANSWER }]);
    await summary;
    const { missions, report } = importMissions(csvOf(outDir), codes, capitals, curation);
    expect(report).toMatchObject({ rows: 6, imported: 6 });
    const byItem = new Map(missions.map((m) => [m.item, m]));
    expect(byItem.get('Q24706394')).toMatchObject({ sender: 'AT', host: 'CZ', kind: 'embassy', opened: '1919' });
    expect(byItem.get('Q1661719')?.opened).toBe('1993-05');
    expect(byItem.get('Q9149460')).toMatchObject({ sender: 'AU', host: 'PL', opened: '1973-07-16' });
    // A first of January at day precision: the shared CSV's guess would have made it 1993.
    expect(byItem.get('Q66341093')).toMatchObject({ sender: 'CZ', host: 'HU', opened: '1993-01-01' });
    expect(byItem.get('Q9149462')).toMatchObject({ sender: 'BE', host: 'PL', opened: '1919', covers: ['LT'] });
    expect(byItem.get('Q104630248')).toMatchObject({ sender: 'DK', host: 'AT', covers: ['AL', 'SK', 'XK'] });
    expect(byItem.get('Q104630248')?.opened).toBeUndefined();
  });
});
