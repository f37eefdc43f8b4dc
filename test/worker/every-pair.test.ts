// Any pair of states answers with its reference facts, joined in the worker from two stored documents.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { RelationsRecord } from '../../data/schema/index.ts';
import { pairRecord } from '../../worker/pair-records.ts';
import { RecordStore } from '../../worker/record-store.ts';
import { expectProblem, get, serverTiming } from './fixtures.ts';
import { seedPublishedData } from './published-data.ts';

beforeAll(async () => {
  await seedPublishedData(env.RELATIONS);
});

describe('GET /v1/relations/{a}/{b} for pairs without an article', () => {
  it('answers Japan and South Korea with the missions each keeps in the other, and their shared organisations', async () => {
    const res = await get('/v1/relations/KR/JP');
    expect(res.status).toBe(200);
    const record = RelationsRecord.parse(await res.json());
    expect(record.id).toBe('JP-KR');
    const embassies = record.missions.filter((m) => m.kind === 'embassy').map((m) => `${m.sender} ${m.city}`);
    expect(embassies.sort()).toEqual(['JP Seoul', 'KR Tokyo']);
    expect(record.memberships.map((m) => m.organization)).toEqual(expect.arrayContaining(['UN', 'OECD', 'G20']));
    expect(record.sources.map((s) => s.id).slice(0, 2)).toEqual(['wikidata', 'internacia']);
    // Curated corrections of member lists cite their pages too.
    expect(record.sources.slice(2).every((s) => s.id.startsWith('curated-') && s.url?.startsWith('http'))).toBe(true);
  });

  it('says France and Germany share a land border', async () => {
    const record = RelationsRecord.parse(await (await get('/v1/relations/fra/deu')).json());
    expect(record.borders).toMatchObject([{ shared: true }]);
  });

  it('reads the two state documents once, side by side, then answers from memory', async () => {
    const cold = await get('/v1/relations/AR/BR');
    expect(cold.status).toBe(200);
    expect(serverTiming(cold).get('kv')).toMatch(/^dur=/);
    const warm = await get('/v1/relations/br/ar');
    expect(serverTiming(warm).has('kv')).toBe(false);
    expect(serverTiming(warm).get('cache')).toBe('desc=hit');
    expect(warm.headers.get('etag')).toBe(cold.headers.get('etag'));
  });

  it('joins a pair once per pair of document versions, even when it reads them from KV again', async () => {
    const store = new RecordStore(env.RELATIONS, { freshMs: 0 });
    const first = await pairRecord(store, 'JP-KR');
    const again = await pairRecord(store, 'JP-KR');
    expect(again.cache).toBe('miss');
    expect(again.document).not.toBeNull();
    expect(again.document).toBe(first.document);
  });

  it('answers 304 to the ETag it gave', async () => {
    const etag = (await get('/v1/relations/CL/PE')).headers.get('etag') ?? '';
    const res = await get('/v1/relations/PE/CL', { headers: { 'if-none-match': etag } });
    expect(res.status).toBe(304);
  });

  it('still serves the published record, merged with the reference facts, for a pair with an article', async () => {
    const record = RelationsRecord.parse(await (await get('/v1/relations/DK/AL')).json());
    expect(record.visits.length).toBeGreaterThan(0);
    expect(record.memberships.map((m) => m.organization)).toEqual(expect.arrayContaining(['NATO', 'UN']));
    expect(record.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['wikipedia', 'wikidata', 'internacia']));
  });

  it('answers 404 only for a pair the data says nothing about', async () => {
    const problem = await expectProblem(await get('/v1/relations/BR/XK'), 404);
    expect(problem.type).toMatch(/\/problems\/pair-not-found$/);
  });
});

describe('GET /v1/countries and /v1/countries/{code}/relations', () => {
  it('lists every state with the link to its partners', async () => {
    const body = (await (await get('/v1/countries')).json()) as { countries: { code: string; href: string }[] };
    expect(body.countries.length).toBeGreaterThanOrEqual(195);
    expect(body.countries.find((c) => c.code === 'DK')).toEqual({
      code: 'DK',
      name: 'Denmark',
      href: '/v1/countries/DK/relations',
    });
  });

  it("lists a state's partners with the path of each record, its own code first", async () => {
    const res = await get('/v1/countries/dnk/relations');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-location')).toBe('/v1/countries/DK/relations');
    const body = (await res.json()) as { country: string; partners: Record<string, unknown>[] };
    expect(body.country).toBe('DK');
    expect(body.partners.find((p) => p.country === 'AL')).toMatchObject({
      id: 'AL-DK',
      href: '/v1/relations/DK/AL',
      article: true,
    });
  });

  it('answers 404 for a code the data knows no state by, and 400 for no code at all', async () => {
    expect((await expectProblem(await get('/v1/countries/GL/relations'), 404)).type).toMatch(/country-not-found$/);
    expect((await expectProblem(await get('/v1/countries/ZZ/relations'), 400)).type).toMatch(/invalid-country-code$/);
  });
});
