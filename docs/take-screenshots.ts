// `npm run docs:screenshots`: photographs the AL-DK card in light and dark for the README (docs/card-*.png).
import { join } from 'node:path';
import { launchChromium } from '../test/e2e/browser.ts';
import { trackCardSettling, waitForCardsSettled } from '../test/e2e/card-settling.ts';
import { startLocalWorker } from '../test/e2e/local-worker.ts';
import { startThirdPartySite } from '../test/e2e/third-party-site.ts';
import { root } from '../worker/scripts/wrangler-env.ts';

const worker = await startLocalWorker();
const site = await startThirdPartySite(worker.origin, '<relations-card countries="AL DK"></relations-card>');
const browser = await launchChromium();
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ colorScheme, viewport: { width: 520, height: 900 }, deviceScaleFactor: 2 });
    await trackCardSettling(page);
    await page.goto(`${site.origin}/`);
    await waitForCardsSettled(page);
    const card = page.locator('relations-card');
    await page.evaluate(() => document.fonts.ready);
    const file = join(root, 'docs', `card-${colorScheme}.png`);
    await card.screenshot({ path: file, animations: 'disabled' });
    console.log(`wrote docs/card-${colorScheme}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await site.stop();
  await worker.stop();
}
