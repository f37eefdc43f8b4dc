// The product as a web author meets it: the real worker, a page on another site with a strict CSP, several cards.
import { createRequire } from 'node:module';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, trackCardSettling, waitForCardsSettled } from './card-settling.ts';
import { startThirdPartySite, type ThirdPartySite } from './third-party-site.ts';
import { useWorkerAndBrowser } from './worker-and-browser.ts';

const axeSource = createRequire(import.meta.url)('axe-core').source as string;

const CARDS = `
<relations-card id="en" countries="AL DK"></relations-card>
<section lang="da"><relations-card id="da" countries="dnk, alb"></relations-card></section>
<relations-card id="reference" countries="FR DE"></relations-card>
<relations-card id="empty" countries="XK BR"></relations-card>
`;

const shared = useWorkerAndBrowser();
let site: ThirdPartySite;
let page: Page;
const consoleErrors: string[] = [];
const apiRequests: string[] = [];

beforeAll(async () => {
  site = await startThirdPartySite(shared.worker.origin, CARDS);
  page = await shared.browser.newPage();
  page.on('console', (message) => {
    // Chromium logs every 4xx fetch; the 404 for the pair without data is the answer the card expects.
    const expected404 = new URL(message.location().url || 'about:blank').pathname === '/v1/relations/BR/XK';
    if (message.type() === 'error' && !expected404) consoleErrors.push(`${message.text()} ${message.location().url}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/v1/')) apiRequests.push(request.url());
  });
  await trackCardSettling(page);
  await page.goto(`${site.origin}/`);
  await waitForCardsSettled(page);
}, 90_000);

afterAll(async () => {
  await site?.stop();
});

describe('cards embedded on a third-party page with a strict CSP', () => {
  it('shows the real Albania–Denmark facts', async () => {
    const text = await cardText(page.locator('#en'));
    expect(text).toContain('Albania');
    expect(text).toContain('Denmark');
    expect(text).toContain('1970');
    expect(text).toContain('NATO');
    expect(text).toContain('8,000');
  });

  it('shows the same pair in Danish where the page says lang="da"', async () => {
    const text = await cardText(page.locator('#da'));
    expect(text).toContain('Danmark');
    expect(text).toContain('8.000');
  });

  it('shows a pair no article covers from the datasets: embassies both ways, the EU, the border, the credits', async () => {
    const text = await cardText(page.locator('#reference'));
    expect(text).toContain('Embassy in Berlin');
    expect(text).toContain('Embassy in Paris');
    expect(text).toContain('EU');
    expect(text).toMatch(/Land border ?Shared/);
    expect(text).toContain('CC0 1.0');
    expect(text).toContain('CC BY 4.0');
    expect(text).not.toContain('Latest visit');
  });

  it('tells the reader when a pair has no data yet', async () => {
    const text = await cardText(page.locator('#empty'));
    expect(text).toContain('There is no data about');
    expect(text).toContain('Brazil');
    expect(text).not.toContain('NATO');
  });

  it('sends one API request per pair, however many cards show it', () => {
    const paths = apiRequests.map((url) => new URL(url).pathname).sort();
    expect(paths).toEqual(['/v1/relations/AL/DK', '/v1/relations/BR/XK', '/v1/relations/DE/FR']);
  });

  it('loads without a CSP violation or any console error', () => {
    expect(consoleErrors).toEqual([]);
  });

  it.each(['light', 'dark'] as const)(
    'has no accessibility violations axe-core can find, in %s mode',
    async (colorScheme) => {
      await page.emulateMedia({ colorScheme });
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time
        const result = await (window as any).axe.run(document);
        return result.violations.map((v: { id: string; nodes: unknown[] }) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);
    },
  );
});
