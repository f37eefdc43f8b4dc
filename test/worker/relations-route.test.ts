// The record and index routes: any spelling of a pair, the same body and ETag, 404s and 400s.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { AL_DK, expectProblem, get, minimalRecord, problemType, seed, serverTiming } from './fixtures.ts';

beforeAll(async () => {
  await seed(env.RELATIONS, AL_DK, minimalRecord('DE', 'FR'));
});

describe('GET /v1/relations/{a}/{b}', () => {
  it('serves the record stored under relations:<ID> as UTF-8 JSON', async () => {
    const res = await get('/v1/relations/AL/DK');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual(AL_DK);
  });

  it('answers every spelling of the pair with the same body and ETag', async () => {
    const spellings = ['AL/DK', 'DK/AL', 'dk/al', 'Al/dK', 'ALB/DNK', 'dnk/alb', 'ALB/dk'];
    const answers = await Promise.all(spellings.map((s) => get(`/v1/relations/${s}`)));
    const bodies = await Promise.all(answers.map((res) => res.text()));
    expect(new Set(answers.map((res) => res.status))).toEqual(new Set([200]));
    expect(new Set(bodies).size).toBe(1);
    expect(new Set(answers.map((res) => res.headers.get('etag'))).size).toBe(1);
    // Content-Location points other spellings at the canonical URL, and is left off the canonical one itself.
    expect(answers.map((res) => res.headers.get('content-location'))).toEqual(
      spellings.map((s) => (s === 'AL/DK' ? null : '/v1/relations/AL/DK')),
    );
  });

  it('sends a strong ETag and the record cache policy', async () => {
    const res = await get('/v1/relations/AL/DK');
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
    expect(res.headers.get('cache-control')).toBe(
      'public, max-age=300, s-maxage=3600, stale-while-revalidate=604800, stale-if-error=604800',
    );
  });

  it('answers HEAD like GET, without a body', async () => {
    const [getRes, headRes] = await Promise.all([
      get('/v1/relations/AL/DK'),
      get('/v1/relations/AL/DK', { method: 'HEAD' }),
    ]);
    expect(headRes.status).toBe(200);
    expect(await headRes.text()).toBe('');
    for (const name of ['content-type', 'etag', 'cache-control', 'access-control-allow-origin']) {
      expect(headRes.headers.get(name)).toBe(getRes.headers.get(name));
    }
  });

  it('reads KV once, then answers warm requests from memory', async () => {
    const first = await get('/v1/relations/DE/FR');
    expect(serverTiming(first).get('kv')).toMatch(/^dur=\d/);
    expect(serverTiming(first).get('cache')).toBe('desc=miss');
    for (let i = 0; i < 3; i++) {
      const warm = await get('/v1/relations/fr/de');
      expect(serverTiming(warm).has('kv')).toBe(false);
      expect(serverTiming(warm).get('cache')).toBe('desc=hit');
      expect(serverTiming(warm).get('total')).toMatch(/^dur=\d/);
    }
  });

  it('answers 400 for an unknown or malformed code', async () => {
    for (const path of [
      '/v1/relations/AL/XX',
      '/v1/relations/AL/ABCD',
      '/v1/relations/AL/D1',
      '/v1/relations/%C3%9F/AL',
    ]) {
      const problem = await expectProblem(await get(path), 400);
      expect(problem.type).toBe(problemType('invalid-country-code'));
    }
  });

  it('answers 400 for the same country twice, in any spelling', async () => {
    for (const path of ['/v1/relations/AL/AL', '/v1/relations/al/ALB']) {
      const problem = await expectProblem(await get(path), 400);
      expect(problem).toMatchObject({ type: problemType('same-country'), instance: path });
    }
  });

  it('answers 404 for a valid pair without a record', async () => {
    const problem = await expectProblem(await get('/v1/relations/AL/FR'), 404);
    expect(problem).toMatchObject({
      type: problemType('pair-not-found'),
      title: 'No record for this pair',
      detail: 'No record of AL-FR relations yet.',
      instance: '/v1/relations/AL/FR',
    });
  });
});

describe('GET /v1/relations', () => {
  it('lists every pair with its title and a link to its record', async () => {
    const res = await get('/v1/relations');
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
    expect(await res.json()).toEqual({
      schemaVersion: 1,
      pairs: [
        { id: 'AL-DK', countries: ['AL', 'DK'], title: AL_DK.title, href: '/v1/relations/AL/DK' },
        { id: 'DE-FR', countries: ['DE', 'FR'], title: 'DE–FR relations', href: '/v1/relations/DE/FR' },
      ],
    });
  });

  it('links that lead to the records', async () => {
    const index = (await (await get('/v1/relations')).json()) as { pairs: { href: string; id: string }[] };
    for (const pair of index.pairs) {
      const record = (await (await get(pair.href)).json()) as { id: string };
      expect(record.id).toBe(pair.id);
    }
  });
});
