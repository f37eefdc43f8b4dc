// `npm run docs:screenshots`: photographs the AL-DK card (an article) in light and dark, and the FR-DE card (the
// datasets alone), for the README (docs/card-*.png).
import { join } from 'node:path';
import { launchChromium } from '../test/e2e/browser.ts';
import { trackCardSettling, waitForCardsSettled } from '../test/e2e/card-settling.ts';
import { startLocalWorker } from '../test/e2e/local-worker.ts';
import { startThirdPartySite } from '../test/e2e/third-party-site.ts';
import { root } from '../worker/scripts/wrangler-env.ts';

const worker = await startLocalWorker();
const site = await startThirdPartySite(
  worker.origin,
  '<relations-card id="article" countries="AL DK"></relations-card><relations-card id="reference" countries="FR DE"></relations-card>',
);
const browser = await launchChromium();
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ colorScheme, viewport: { width: 520, height: 900 }, deviceScaleFactor: 2 });
    await trackCardSettling(page);
    await page.goto(`${site.origin}/`);
    await waitForCardsSettled(page);
    await page.evaluate(() => document.fonts.ready);
    for (const [id, name] of [
      ['article', `card-${colorScheme}.png`],
      ['reference', `card-reference-${colorScheme}.png`],
    ] as const) {
      await page.locator(`#${id}`).screenshot({ path: join(root, 'docs', name), animations: 'disabled' });
      console.log(`wrote docs/${name}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await site.stop();
  await worker.stop();
}
