// Waits until every <relations-card> on a page has loaded its record or shown an error, and reads what a card shows.
import type { Locator, Page } from 'playwright';

type SettledWindow = Window & { relationsCardsSettled: { count: number } };

/**
 * Counts `relations-card-load` and `relations-card-error` events from the first moment of every document the page
 * opens. Init scripts run before the page's own and are not subject to its CSP. Call before `page.goto`.
 */
export async function trackCardSettling(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const settled = { count: 0 };
    Object.assign(window, { relationsCardsSettled: settled });
    for (const type of ['relations-card-load', 'relations-card-error']) addEventListener(type, () => settled.count++);
  });
}

/** Resolves once as many cards have settled as the page holds. */
export async function waitForCardsSettled(page: Page, timeout = 20_000): Promise<void> {
  const cards = await page.locator('relations-card').count();
  await page.waitForFunction((n) => (window as unknown as SettledWindow).relationsCardsSettled.count >= n, cards, {
    timeout,
  });
}

/** The visible text of a card's shadow root, white space folded. */
export function cardText(card: Locator): Promise<string> {
  return card.evaluate((element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
}
