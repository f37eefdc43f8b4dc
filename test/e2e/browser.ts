// Launches the same headless Chromium the widget tests use, for end-to-end runs driven from Node.
import { type Browser, chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumExecutable, NO_CHROMIUM_HINT } from '../chromium.ts';

/** A headless Chromium, offline. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  if (!executablePath) console.warn(NO_CHROMIUM_HINT);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
