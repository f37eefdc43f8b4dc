// The demo page a newcomer opens after `npm start`: any two states, the card, and the snippet to copy.
import type { Page } from 'playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import { cardText, trackCardSettling, waitForCardsSettled } from './card-settling.ts';
import { useWorkerAndBrowser } from './worker-and-browser.ts';

const shared = useWorkerAndBrowser();
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  page = await shared.browser.newPage();
  page.on('pageerror', (error) => errors.push(String(error)));
  await trackCardSettling(page);
  await page.goto(`${shared.worker.origin}/`);
  await waitForCardsSettled(page);
}, 90_000);

describe('the demo page', () => {
  it('offers every state the API knows in both pickers, by name', async () => {
    await expect.poll(() => page.locator('#country-b option').count()).toBeGreaterThan(190);
    expect(await page.locator('#country-a').inputValue()).toBe('AL');
    expect(await page.locator('#country-b option[value="JP"]').textContent()).toBe('Japan');
  });

  it('shows the card of the pair picked, and the snippet to embed it', async () => {
    await page.selectOption('#country-a', 'JP');
    await page.selectOption('#country-b', 'KR');
    await expect.poll(() => cardText(page.locator('relations-card'))).toContain('Embassy in Seoul');
    expect(await page.locator('#snippet').textContent()).toContain('countries="JP KR"');
    expect(errors).toEqual([]);
  });
});
