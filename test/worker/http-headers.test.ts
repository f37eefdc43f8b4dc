// HTTP behaviour of every answer: conditional requests, CORS, security headers, Server-Timing, problem types.
import { env, exports } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { etagMatches } from '../../worker/document-response.ts';
import { AL_DK, get, problemType, seed, serverTiming } from './fixtures.ts';

const RECORD = '/v1/relations/AL/DK';
let etag = '';

beforeAll(async () => {
  await seed(env.RELATIONS, AL_DK);
  etag = (await get(RECORD)).headers.get('etag') ?? '';
});

describe('conditional requests', () => {
  it.each([
    ['the exact ETag', () => etag],
    ['the weak form of it', () => `W/${etag}`],
    ['a list that holds it', () => `"other", ${etag} , W/"x"`],
    ['*', () => '*'],
  ])('answer 304 without a body to If-None-Match with %s', async (_, value) => {
    const res = await get(RECORD, { headers: { 'if-none-match': value() } });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe('');
    expect(res.headers.get('etag')).toBe(etag);
    expect(res.headers.get('cache-control')).toContain('max-age=300');
    expect(res.headers.get('content-type')).toBeNull();
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answer 304 to HEAD as well', async () => {
    const res = await get(RECORD, { method: 'HEAD', headers: { 'if-none-match': etag } });
    expect(res.status).toBe(304);
  });

  it('answer 200 with the body when the ETag does not match', async () => {
    const res = await get(RECORD, { headers: { 'if-none-match': '"0000", W/"1111"' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(AL_DK);
  });

  it('never turn an error into a 304', async () => {
    const res = await get('/v1/relations/AL/FR', { headers: { 'if-none-match': '*' } });
    expect(res.status).toBe(404);
  });

  it('compare ETags weakly, as RFC 9110 asks for If-None-Match', () => {
    expect(etagMatches('"a"', '"a"')).toBe(true);
    expect(etagMatches('W/"a"', '"a"')).toBe(true);
    expect(etagMatches('"a"', 'W/"a"')).toBe(true);
    expect(etagMatches('"b", "a"', '"a"')).toBe(true);
    expect(etagMatches('"ab"', '"a"')).toBe(false);
    expect(etagMatches('a', '"a"')).toBe(false);
    expect(etagMatches('', '"a"')).toBe(false);
  });
});

describe('CORS', () => {
  it('lets any origin read every response, without credentials and without varying on Origin', async () => {
    for (const path of [RECORD, '/v1/relations', '/openapi.json', '/healthz', '/nope', '/v1/relations/AL/XX']) {
      const res = await get(path, { headers: { origin: 'https://news.example' } });
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('access-control-allow-credentials'), path).toBeNull();
      expect(res.headers.get('vary') ?? '', path).not.toMatch(/origin/i);
    }
  });

  it('exposes the headers a cross-origin script needs', async () => {
    const exposed = (await get(RECORD)).headers.get('access-control-expose-headers') ?? '';
    for (const name of ['ETag', 'Server-Timing', 'Retry-After']) expect(exposed).toContain(name);
  });

  it('answers a preflight with 204, the methods, the headers and a max-age, and no Vary', async () => {
    const res = await get(RECORD, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://news.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('if-none-match');
    expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThanOrEqual(600);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toBeNull();
  });
});

describe('security headers', () => {
  it('are on JSON, problem and preflight answers, and leave the API embeddable from any site', async () => {
    const answers = await Promise.all([get(RECORD), get('/v1/relations/AL/XX'), get(RECORD, { method: 'OPTIONS' })]);
    for (const res of answers) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('are left off 304s, whose cached 200 already has them', async () => {
    const res = await get(RECORD, { headers: { 'if-none-match': etag } });
    expect(res.status).toBe(304);
    expect(res.headers.get('content-security-policy')).toBeNull();
    expect(res.headers.get('access-control-expose-headers')).toBeNull();
    expect(res.headers.get('timing-allow-origin')).toBeNull();
  });
});

describe('Server-Timing', () => {
  it('carries total time on every answer and may be read cross-origin', async () => {
    for (const res of await Promise.all([get(RECORD), get('/healthz'), get('/nope')])) {
      expect(serverTiming(res).get('total')).toMatch(/^dur=\d+(\.\d+)?$/);
      expect(res.headers.get('timing-allow-origin')).toBe('*');
    }
  });

  it('has no kv entry when the request did not read KV', async () => {
    for (const res of await Promise.all([
      get(RECORD),
      get('/healthz'),
      get('/openapi.json'),
      get('/v1/relations/AL/XX'),
    ])) {
      expect(serverTiming(res).has('kv')).toBe(false);
    }
  });
});

describe('GET /healthz', () => {
  it('answers a constant ok that no cache keeps', async () => {
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('GET /problems/{type}', () => {
  it('describes each problem type an error body names', async () => {
    const problem = (await (await get('/v1/relations/AL/XX')).json()) as { type: string; title: string };
    const res = await exports.default.fetch(problem.type);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ type: problem.type, title: problem.title, status: 400 });
  });

  it('names its canonical URI and does not echo the query string back', async () => {
    const res = await get('/problems/invalid-country-code?<script>=1');
    expect(((await res.json()) as { type: string }).type).toBe(problemType('invalid-country-code'));
  });

  it('answers 404 for a name that is not a problem type, inherited ones included', async () => {
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 'not-found']) {
      expect((await get(`/problems/${name}`)).status).toBe(404);
    }
  });
});
