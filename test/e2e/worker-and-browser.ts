// The real worker and a headless Chromium an end-to-end file's tests share: started before its first test, stopped
// after its last, also when starting failed half-way.
import type { Browser } from 'playwright';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { type LocalWorker, startLocalWorker } from './local-worker.ts';

/** The file's worker and browser: set once the first beforeAll has run, so read them in hooks and tests only. */
export interface WorkerAndBrowser {
  worker: LocalWorker;
  browser: Browser;
}

/**
 * Registers the hooks that start and stop the worker and Chromium for this file. Call it at the top of the file,
 * before the file's own hooks: vitest runs beforeAll hooks in order and afterAll hooks in reverse, so the file's own
 * hooks find both started and clean up before they stop.
 */
export function useWorkerAndBrowser(): WorkerAndBrowser {
  const shared = {} as WorkerAndBrowser;
  beforeAll(async () => {
    shared.worker = await startLocalWorker();
    shared.browser = await launchChromium();
  }, 90_000);
  afterAll(async () => {
    await shared.browser?.close();
    await shared.worker?.stop();
  });
  return shared;
}
