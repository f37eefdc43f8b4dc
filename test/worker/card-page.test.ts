// The card as an HTML page any site may frame, and the oEmbed answer that offers it to CMSes and chat apps.
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, get } from './fixtures.ts';
import { seedPublishedData } from './published-data.ts';

beforeAll(async () => {
  await seedPublishedData(env.RELATIONS);
});

describe('GET /v1/relations/{a}/{b}/card', () => {
  it('serves the card as an HTML page, its facts in a declarative shadow root that needs no script', async () => {
    const res = await get('/v1/relations/DK/AL/card');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<template shadowrootmode="open"><style>');
    expect(html).toContain('Embassy in Copenhagen');
    expect(html).not.toMatch(/<script|lit-part/);
  });

  it('lets any site frame it, runs no script, sets no cookie, and allows only its own styles and flags', async () => {
    const res = await get('/v1/relations/AL/DK/card');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain('frame-ancestors *');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/style-src 'sha256-[^']+' 'sha256-[^']+'/);
    expect(csp).not.toMatch(/script-src|unsafe-inline/);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('x-frame-options')).toBeNull();
  });

  it('carries Open Graph tags and oEmbed discovery on the configured origin', async () => {
    const html = await (await get('/v1/relations/AL/DK/card', { headers: { host: 'evil.example' } })).text();
    expect(html).toContain('<meta property="og:title" content="Albania and Denmark">');
    expect(html).toMatch(/<meta property="og:description" content="[^"]*Embassy in Copenhagen/);
    const oembed = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(oembed).toMatch(/\/oembed\?url=[^&]+&amp;format=json$/);
    expect(oembed).not.toContain('evil.example');
  });

  it('speaks the language asked for, in the page and the card', async () => {
    const html = await (await get('/v1/relations/AL/DK/card?lang=da&layout=full&theme=dark')).text();
    expect(html).toContain('<html lang="da">');
    expect(html).toContain('<title>Albanien og Danmark · relations-card</title>');
    expect(html).toContain('theme="dark" layout="full"');
  });

  it('serves a pair from the datasets alone, and answers 304 to its ETag', async () => {
    const res = await get('/v1/relations/JP/KR/card');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Embassy in Seoul');
    const again = await get('/v1/relations/kr/jp/card', {
      headers: { 'if-none-match': res.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
  });

  it('says, as a page with status 404, that the data holds nothing about a pair', async () => {
    const res = await get('/v1/relations/BR/XK/card');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('There is no data about');
  });

  it('refuses a parameter value it does not take with problem details', async () => {
    expect((await expectProblem(await get('/v1/relations/AL/DK/card?theme=neon'), 400)).type).toMatch(
      /invalid-parameter$/,
    );
    expect((await expectProblem(await get('/v1/relations/AL/ZZ/card'), 400)).type).toMatch(/invalid-country-code$/);
  });
});

/** The oEmbed 1.0 answer's rules (oembed.com §2.3.4): what every answer and a `rich` one must and may hold. */
function expectOEmbedRich(body: Record<string, unknown>): void {
  expect(body.version).toBe('1.0');
  expect(body.type).toBe('rich');
  expect(typeof body.html).toBe('string');
  expect(Number.isInteger(body.width) && (body.width as number) > 0).toBe(true);
  expect(Number.isInteger(body.height) && (body.height as number) > 0).toBe(true);
  for (const optional of ['title', 'author_name', 'author_url', 'provider_name', 'provider_url']) {
    if (optional in body) expect(typeof body[optional]).toBe('string');
  }
  if ('cache_age' in body) expect(Number.isInteger(body.cache_age)).toBe(true);
  const thumbnails = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((k) => k in body);
  expect([0, 3]).toContain(thumbnails.length);
}

describe('GET /oembed', () => {
  const cardUrl = encodeURIComponent('https://relations-card.example.workers.dev/v1/relations/DK/AL/card?lang=da');

  it('answers a card page URL with a rich embed: an iframe of the card page', async () => {
    const res = await get(`/oembed?url=${cardUrl}&format=json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as Record<string, unknown>;
    expectOEmbedRich(body);
    expect(body.html).toMatch(/^<iframe src="[^"]*\/v1\/relations\/AL\/DK\/card\?lang=da" width="578" height="266"/);
    expect(body.html).toContain('sandbox="allow-popups allow-popups-to-escape-sandbox"');
    expect(body).toMatchObject({ provider_name: 'relations-card', title: 'Albania–Denmark relations' });
  });

  it('fits within maxwidth and maxheight', async () => {
    const body = (await (await get(`/oembed?url=${cardUrl}&maxwidth=320&maxheight=200`)).json()) as Record<
      string,
      number
    >;
    expectOEmbedRich(body);
    expect(body.width).toBe(320);
    expect(body.height).toBe(200);
  });

  it('answers a record URL too', async () => {
    const url = encodeURIComponent('https://anything.example/v1/relations/jpn/kor');
    expectOEmbedRich((await (await get(`/oembed?url=${url}`)).json()) as Record<string, unknown>);
  });

  it('answers 404 for a URL that names no card, and 501 for XML', async () => {
    await expectProblem(await get(`/oembed?url=${encodeURIComponent('https://example.com/elsewhere')}`), 404);
    await expectProblem(
      await get(`/oembed?url=${encodeURIComponent('https://x.example/v1/relations/BR/XK/card')}`),
      404,
    );
    await expectProblem(await get(`/oembed?url=${cardUrl}&format=xml`), 501);
  });
});
