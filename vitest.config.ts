// One vitest run, three projects: data in Node, the worker in workerd, the widget in headless Chromium.
import { existsSync } from 'node:fs';
import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/** The system Chromium, or undefined to let Playwright use a browser of its own where a user has one. */
function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

const executablePath = chromiumPath();
if (!executablePath) {
  console.warn(
    "relations-card: no Chromium found at $CHROMIUM_PATH or /usr/bin/chromium; trying Playwright's own browser.\n" +
      '  On Debian/Ubuntu: sudo apt-get install chromium   (or set CHROMIUM_PATH)',
  );
}

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'data', include: ['test/data/**/*.test.ts'], environment: 'node' },
      },
      {
        plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
        test: { name: 'worker', include: ['test/worker/**/*.test.ts'] },
      },
      {
        test: {
          name: 'widget',
          include: ['test/widget/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath,
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                  '--no-first-run',
                  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
