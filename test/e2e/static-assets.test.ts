// The widget bundle, chunks, flags and demo page as Cloudflare's asset service serves them (wrangler dev), before
// the worker and with the headers of dist/assets/_headers; and the paths it leaves to the worker.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../worker/scripts/wrangler-env.ts';
import { cardText, trackCardSettling, waitForCardsSettled } from './card-settling.ts';
import { startThirdPartySite } from './third-party-site.ts';
import { useWorkerAndBrowser } from './worker-and-browser.ts';

const { version } = JSON.parse(readFileSync(join(root, 'widget', 'package.json'), 'utf8')) as { version: string };
const VERSIONED = `/relations-card.${version}.js`;
/** The `@` name earlier READMEs gave, which must keep working. */
const LEGACY = `/relations-card@${version}.js`;
const INTEGRITY = readFileSync(join(root, 'dist', 'assets', 'relations-card.sri.txt'), 'utf8').trim();
const IMMUTABLE = 'public, max-age=31536000, immutable';
const NEWS_SITE = 'https://news.example';

const shared = useWorkerAndBrowser();

/** A request from a page on another site, redirects left for the test to see. */
const get = (path: string, init: RequestInit = {}) =>
  fetch(`${shared.worker.origin}${path}`, {
    redirect: 'manual',
    ...init,
    headers: { origin: NEWS_SITE, ...(init.headers as Record<string, string>) },
  });

/** What a page on another site needs to run a response as a module script. */
function expectCrossOriginModule(res: Response): void {
  expect(res.status).toBe(200);
  // RFC 9239: text/javascript is the JavaScript media type; a module script refuses anything but a JavaScript type.
  expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
}

/** The versioned bundle: a cross-origin module, immutable, whose bytes match the published SRI hash. */
async function expectPinnedBundle(res: Response): Promise<void> {
  expectCrossOriginModule(res);
  expect(res.headers.get('cache-control')).toBe(IMMUTABLE);
  const body = Buffer.from(await res.arrayBuffer());
  expect(`sha384-${createHash('sha384').update(body).digest('base64')}`).toBe(INTEGRITY);
}

describe('the widget bundle', () => {
  it('loads as a cross-origin module from /relations-card.js, cached 5 minutes', async () => {
    const res = await get('/relations-card.js');
    expectCrossOriginModule(res);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');
    expect(await res.text()).toContain('relations-card');
  });

  it('is served under its version at once (no redirect), immutable, with the published SRI hash', async () => {
    await expectPinnedBundle(await get(VERSIONED));
  });

  it('is served under the @ name of earlier READMEs too, as written and percent-encoded, without a redirect', async () => {
    for (const path of [LEGACY, LEGACY.replace('@', '%40')]) await expectPinnedBundle(await get(path));
  });

  it('gives the moving bundle its short cache alone: the versioned rule does not match /relations-card.js', async () => {
    const res = await get('/relations-card.js');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=86400');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('loads its code-split chunks as immutable cross-origin modules', async () => {
    const bundle = await (await get('/relations-card.js')).text();
    const chunks = new Set([...bundle.matchAll(/chunks\/[\w.-]+\.js/g)].map((m) => `/${m[0]}`));
    expect(chunks.size).toBeGreaterThan(0);
    for (const chunk of chunks) {
      const res = await get(chunk);
      expectCrossOriginModule(res);
      expect(res.headers.get('cache-control')).toBe(IMMUTABLE);
    }
  });

  it('answers HEAD with the same headers and no body', async () => {
    const res = await get('/relations-card.js', { method: 'HEAD' });
    expectCrossOriginModule(res);
    expect(await res.text()).toBe('');
  });

  it('answers a revalidation with its ETag with 304, readable cross-origin', async () => {
    const etag = (await get('/relations-card.js')).headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[0-9a-f]+"$/);
    const res = await get('/relations-card.js', { headers: { 'if-none-match': etag } });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe('');
    expect(res.headers.get('etag')).toBe(etag);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('runs on a page of another site that pins the version with Subresource Integrity under a strict CSP', async () => {
    const script = `<script type="module" crossorigin="anonymous" src="${shared.worker.origin}${VERSIONED}" integrity="${INTEGRITY}"></script>`;
    const site = await startThirdPartySite(
      shared.worker.origin,
      '<relations-card countries="AL DK"></relations-card>',
      {
        script,
      },
    );
    try {
      const page = await shared.browser.newPage();
      await trackCardSettling(page);
      await page.goto(`${site.origin}/`);
      await waitForCardsSettled(page);
      const text = await cardText(page.locator('relations-card'));
      expect(text).toContain('Denmark');
      expect(text).toContain('1970');
    } finally {
      await site.stop();
    }
  });
});

describe('flags', () => {
  it('are SVG images any site may use (CORS, CORP), cached a day', async () => {
    const res = await get('/flags/dk.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400, stale-while-revalidate=604800');
  });

  it('run nothing when opened on their own', async () => {
    const res = await get('/flags/al.svg');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});

describe('the demo page', () => {
  it('is served at / as HTML under a CSP that allows its own scripts, styles and API calls only', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('<relations-card');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('carries the headers only a page needs: nosniff, a referrer policy and HSTS', async () => {
    const page = await get('/');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(page.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    const script = await get('/relations-card.js');
    expect(script.headers.get('referrer-policy')).toBeNull();
  });
});

describe('what the asset service leaves to the worker', () => {
  it.each([
    '/nope',
    '/relations-card@9.9.9.js',
    '/relations-card.9.9.9.js',
    '/chunks/nope.js',
    '/v1/countries/AL',
    '/_headers',
    '/_redirects',
  ])('answers a path that is no asset with 404 problem details from the worker: %s', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ type: 'about:blank', status: 404, instance: path });
  });

  it('sends the API routes to the worker, headers and all', async () => {
    const res = await get('/v1/relations/AL/DK');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('server-timing')).toMatch(/total;dur=/);
    expect(await (await get('/healthz')).text()).toBe('ok');
  });

  it('gives an error a type link that leads to its description', async () => {
    const problem = (await (await get('/v1/relations/AL/XX')).json()) as { type: string };
    expect(problem.type).toBe(`${shared.worker.origin}/problems/invalid-country-code`);
    const res = await fetch(problem.type);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ type: problem.type, status: 400 });
  });

  it('refuses methods other than GET and HEAD on an asset (405, from the asset service)', async () => {
    const res = await get('/relations-card.js', { method: 'POST', body: '{}' });
    expect(res.status).toBe(405);
  });
});
