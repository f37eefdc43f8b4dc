// One vitest run: data and end-to-end in Node, the worker in workerd, the widget in headless Chromium.
import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, chromiumExecutable, NO_CHROMIUM_HINT } from './test/chromium.ts';
import { delayRequests, emulateMedia, stopDelaying } from './test/widget/server/browser-commands.ts';
import { strictCspPage } from './test/widget/server/strict-csp-page.ts';

const executablePath = chromiumExecutable();
if (!executablePath) console.warn(NO_CHROMIUM_HINT);

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'data', include: ['test/data/**/*.test.ts'], environment: 'node' },
      },
      {
        // The built worker under wrangler dev and a third-party page in Chromium, driven from Node.
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: { name: 'worker', include: ['test/worker/**/*.test.ts'] },
      },
      {
        // The widget in Chromium; the plugin serves a strict-CSP page on a second origin that loads the CDN bundle.
        plugins: [strictCspPage()],
        test: {
          name: 'widget',
          include: ['test/widget/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            commands: { emulateMedia, delayRequests, stopDelaying },
            viewport: { width: 1024, height: 768 },
            provider: playwright({
              launchOptions: {
                executablePath,
                args: CHROMIUM_ARGS,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
