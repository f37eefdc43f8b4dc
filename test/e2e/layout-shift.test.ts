// The card on an article page, embedded exactly as README says: no layout shift (CLS <= 0.01) on desktop and phone,
// in every language, with a slow API or a slow language chunk; and the same snippet under Trusted Types.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../../worker/scripts/wrangler-env.ts';
import { cardText, trackCardSettling, waitForCardsSettled } from './card-settling.ts';
import { type LocalSite, serveLocally } from './free-port.ts';
import { useWorkerAndBrowser } from './worker-and-browser.ts';

/** README's embed snippet: the first html block of "Embedding the card", as a web author copies it. */
function readmeSnippet(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Embedding the card'));
  const snippet = /```html\n([\s\S]*?)```/.exec(section)?.[1];
  if (!snippet) throw new Error('README.md has no html snippet under "Embedding the card"');
  return snippet;
}

const PARAGRAPH =
  '<p>Diplomatic relations between the two countries were established decades ago, and both have since joined ' +
  'several international organisations. This paragraph stands for the text of an article around the card.</p>';

/** Serves `/?countries=..&lang=..` as an article with text above and below README's snippet, with optional CSP. */
async function startArticleSite(workerOrigin: string, csp?: string): Promise<LocalSite> {
  const snippet = readmeSnippet().replaceAll('https://relations-card.example.workers.dev', workerOrigin);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const countries = url.searchParams.get('countries') ?? 'AL DK';
    const lang = url.searchParams.get('lang') ?? 'en';
    const page = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>An article</title></head>
<body><main><h1>Two countries</h1>${PARAGRAPH.repeat(2)}
${snippet.replace('countries="AL DK"', `countries="${countries}"`)}
${PARAGRAPH.repeat(6)}</main></body></html>`;
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      ...(csp ? { 'content-security-policy': csp } : {}),
    });
    res.end(page);
  });
  return serveLocally(server, '127.0.0.1');
}

/** Sums the page's layout shifts not caused by input, from its first moment, as Lighthouse's CLS does. */
async function trackLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const state = { cls: 0 };
    Object.assign(window, { layoutShift: state });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) state.cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const DESKTOP: BrowserContextOptions = { viewport: { width: 1350, height: 940 } };
const PHONE: BrowserContextOptions = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true };

const shared = useWorkerAndBrowser();
let site: LocalSite;

beforeAll(async () => {
  site = await startArticleSite(shared.worker.origin);
});

afterAll(async () => {
  await site?.stop();
});

/** Opens the article with a card and returns the page's cumulative layout shift once the card has settled. */
async function shiftOf(options: BrowserContextOptions, query: string, slow?: { path: RegExp; ms: number }) {
  const context = await shared.browser.newContext(options);
  try {
    const page = await context.newPage();
    if (slow) {
      await page.route(slow.path, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, slow.ms));
        await route.continue();
      });
    }
    await trackLayoutShift(page);
    await trackCardSettling(page);
    await page.goto(`${site.origin}/?${query}`);
    await waitForCardsSettled(page);
    await page.waitForTimeout(500);
    return await page.evaluate(() => (window as unknown as { layoutShift: { cls: number } }).layoutShift.cls);
  } finally {
    await context.close();
  }
}

describe("README's snippet on an article page", () => {
  it.each([
    ['desktop', 'countries=AL%20DK&lang=en', DESKTOP],
    ['desktop', 'countries=FR%20DE&lang=da', DESKTOP],
    ['a phone', 'countries=AL%20DK&lang=sq', PHONE],
    ['a phone', 'countries=FR%20DE&lang=en', PHONE],
  ])('moves nothing on %s (%s)', async (_, query, options) => {
    expect(await shiftOf(options, query)).toBeLessThanOrEqual(0.01);
  });

  it('moves nothing while a slow API keeps the skeleton up', async () => {
    const cls = await shiftOf(PHONE, 'countries=AL%20DK&lang=en', { path: /\/v1\/relations\//, ms: 1500 });
    expect(cls).toBeLessThanOrEqual(0.01);
  });

  it('moves nothing while a slow language chunk keeps the text back', async () => {
    const cls = await shiftOf(DESKTOP, 'countries=AL%20DK&lang=da', { path: /\/chunks\/da-/, ms: 1500 });
    expect(cls).toBeLessThanOrEqual(0.01);
  });
});

describe('the card under Trusted Types', () => {
  it("renders where the page's CSP requires Trusted Types and allows only README's policy names", async () => {
    const csp = "require-trusted-types-for 'script'; trusted-types lit-html";
    const strict = await startArticleSite(shared.worker.origin, csp);
    const page = await shared.browser.newPage();
    try {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.addInitScript(() => {
        const violations: string[] = [];
        Object.assign(window, { violations });
        document.addEventListener('securitypolicyviolation', (e) =>
          violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
        );
      });
      await trackCardSettling(page);
      await page.goto(`${strict.origin}/?countries=AL%20DK&lang=en`);
      await waitForCardsSettled(page);
      const hasTrustedTypes = () =>
        typeof (window as { trustedTypes?: { createPolicy?: unknown } }).trustedTypes?.createPolicy;
      expect(await page.evaluate(hasTrustedTypes)).toBe('function');
      const text = await cardText(page.locator('relations-card'));
      expect(text).toContain('Albania and Denmark');
      expect(text).toContain('since May 29, 1970');
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await strict.stop();
    }
  });
});
