// Which Chromium the browser tests drive, and the flags that keep it offline and quiet.
import { existsSync } from 'node:fs';

/** The system Chromium ($CHROMIUM_PATH, then Debian's), or undefined to let Playwright use its own where a user has one. */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

/** Explains what to install when no Chromium is found. */
export const NO_CHROMIUM_HINT =
  "relations-card: no Chromium at $CHROMIUM_PATH or /usr/bin/chromium; trying Playwright's own browser.\n" +
  '  On Debian/Ubuntu: sudo apt-get install chromium   (or set CHROMIUM_PATH to a Chromium or Chrome binary)';

/** Headless flags: no sandbox (root in CI), no GPU, and no lookups of outside hosts. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
