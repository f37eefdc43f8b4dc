// The card page as a reader meets it with JavaScript off, and framed by another site.
import { afterAll, describe, expect, it } from 'vitest';
import { startThirdPartySite, type ThirdPartySite } from './third-party-site.ts';
import { useWorkerAndBrowser } from './worker-and-browser.ts';

const shared = useWorkerAndBrowser();
let site: ThirdPartySite;

afterAll(async () => {
  await site?.stop();
});

describe('the card page', () => {
  it('reads without JavaScript: the facts, the flags and the disclosure', async () => {
    const context = await shared.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    await page.goto(`${shared.worker.origin}/v1/relations/AL/DK/card?layout=full`);
    const card = page.locator('relations-card-page');
    await expect.poll(() => card.locator('h2').textContent()).toBe('Albania and Denmark');
    expect(await card.locator('dl').textContent()).toContain('Embassy in Copenhagen');
    expect(
      await card
        .locator('img.flag')
        .first()
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    ).toBeGreaterThan(0);
    // The styles applied (the CSP hashes match): the card has its border radius, not the browser's default.
    expect(await card.locator('article').evaluate((a) => getComputedStyle(a).borderRadius)).not.toBe('0px');
    const details = card.locator('details').first();
    await details.locator('summary').click();
    expect(await details.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    expect(violations, violations.join('\n')).toEqual([]);
    await context.close();
  });

  it('shows in an iframe on another site, as the oEmbed answer offers it', async () => {
    const oembed = (await (
      await fetch(
        `${shared.worker.origin}/oembed?url=${encodeURIComponent(`${shared.worker.origin}/v1/relations/JP/KR/card`)}`,
      )
    ).json()) as { html: string };
    site = await startThirdPartySite(shared.worker.origin, oembed.html);
    const page = await shared.browser.newPage();
    await page.goto(`${site.origin}/`);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('relations-card-page h2').textContent()).toBe('Japan and South Korea');
    await page.close();
  });
});
