// The widget bundle, its chunks, flags and the demo page, with the headers cross-site loading needs.
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import widgetPackage from '../../widget/package.json' with { type: 'json' };
import { createApp } from '../../worker/app.ts';
import { expectProblem } from './fixtures.ts';

// These read dist/assets, which `npm run build` (run by `npm test`) writes.
const get = (path: string, init?: RequestInit) =>
  exports.default.fetch(new Request(`https://example.com${path}`, init));
const VERSIONED = `/relations-card@${widgetPackage.version}.js`;

function expectLoadableCrossOrigin(res: Response): void {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
}

describe('the widget bundle', () => {
  it('loads as a cross-origin module from /relations-card.js, cached briefly', async () => {
    const res = await get('/relations-card.js', { headers: { origin: 'https://news.example' } });
    expectLoadableCrossOrigin(res);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');
    expect(await res.text()).toContain('relations-card');
  });

  it('is also served under its version, cached for a year as immutable', async () => {
    const res = await get(VERSIONED);
    expectLoadableCrossOrigin(res);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves its code-split chunks as immutable modules too', async () => {
    const bundle = await (await get(VERSIONED)).text();
    const chunks = new Set([...bundle.matchAll(/chunks\/[\w.-]+\.js/g)].map((m) => `/${m[0]}`));
    if (bundle.includes('chunks/')) expect(chunks.size).toBeGreaterThan(0);
    for (const chunk of chunks) {
      const res = await get(chunk);
      expectLoadableCrossOrigin(res);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
  });

  it('answers 304 to a revalidation with its ETag', async () => {
    const etag = (await get('/relations-card.js')).headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const res = await get('/relations-card.js', { headers: { 'if-none-match': etag } });
    expect(res.status).toBe(304);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers HEAD without a body', async () => {
    const res = await get('/relations-card.js', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});

describe('flags', () => {
  it('are SVG images any site may use, cached a day', async () => {
    const probe = await env.ASSETS.fetch('https://example.com/flags/dk.svg');
    if (probe.status === 404) return; // the widget build has not copied flags
    const res = await get('/flags/dk.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400, stale-while-revalidate=604800');
  });
});

describe('the demo page', () => {
  it('is served at / as HTML under a CSP that allows its own scripts and API calls only', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('relations-card');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toMatch(/style-src[^;]*unsafe-inline/);
  });

  it('carries the headers only a page needs: a referrer policy and HSTS', async () => {
    const page = await get('/');
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(page.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    const script = await get('/relations-card.js');
    expect(script.headers.get('referrer-policy')).toBeNull();
  });
});

describe('paths that are neither API nor asset', () => {
  it.each([
    '/nope',
    '/v1/relations/AL',
    '/v1/relations/AL/DK/extra',
    '/v2/relations/AL/DK',
    '/relations-card@9.9.9.js',
  ])('answer 404 problem details: %s', async (path) => {
    const problem = await expectProblem(await get(path), 404);
    expect(problem).toMatchObject({ type: 'about:blank', title: 'Not Found', instance: path });
  });

  it('answer 404 for other methods too', async () => {
    await expectProblem(await get('/nope', { method: 'POST' }), 404);
    await expectProblem(await get('/nope', { method: 'DELETE' }), 404);
  });
});

describe('methods other than GET, HEAD and OPTIONS', () => {
  it.each([
    ['POST', '/v1/relations/AL/DK'],
    ['PUT', '/v1/relations/AL/DK'],
    ['DELETE', '/v1/relations'],
    ['PATCH', '/openapi.json'],
    ['POST', '/healthz'],
    ['POST', '/relations-card.js'],
    ['PUT', '/'],
  ])('answer 405 with Allow: %s %s', async (method, path) => {
    const res = await get(path, { method, body: method === 'DELETE' ? undefined : '{}' });
    await expectProblem(res, 405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });
});

describe('when the asset service fails', () => {
  it.each([
    ['throws', async () => Promise.reject(new Error('assets down'))],
    ['answers 500', async () => new Response('<h1>oops</h1>', { status: 500 })],
  ])('answers 503 problem details with Retry-After when it %s, and logs it', async (_, fetch) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const assets = { fetch } as unknown as Fetcher;
    const res = await createApp().request('/relations-card.js', {}, { RELATIONS: env.RELATIONS, ASSETS: assets });
    const problem = await expectProblem(res, 503);
    expect(problem.type).toBe('http://localhost/problems/asset-unavailable');
    expect(res.headers.get('retry-after')).toBe('30');
    expect(errors).toHaveBeenCalledTimes(1);
    expect(JSON.parse(String(errors.mock.calls[0]?.[0]))).toMatchObject({ event: 'asset-fetch-failed' });
    vi.restoreAllMocks();
  });
});
