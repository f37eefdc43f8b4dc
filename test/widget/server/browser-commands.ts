// Commands the widget tests run in the browser's Playwright page, outside the test's own frame.
import type { Route } from 'playwright';
import type { BrowserCommand } from 'vitest/node';

/** What the page's media queries see: the color scheme and the motion preference. */
export interface EmulatedMedia {
  colorScheme?: 'light' | 'dark' | 'no-preference' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
}

/** Emulates `prefers-color-scheme` and `prefers-reduced-motion` for the whole page. */
export const emulateMedia: BrowserCommand<[EmulatedMedia]> = async (context, media) => {
  await context.page.emulateMedia(media);
};

/** Each held-back part's route: `unroute` removes a route only when given the very matcher it was added with. */
const delays = new Map<string, { matches: (url: URL) => boolean; handler: (route: Route) => Promise<void> }>();

/** Holds back every request whose path contains `part` by `ms` milliseconds: a slow chunk or API, for real. */
export const delayRequests: BrowserCommand<[part: string, ms: number]> = async (context, part, ms) => {
  const matches = (url: URL) => url.pathname.includes(part);
  const handler = async (route: Route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue().catch(() => {});
  };
  delays.set(part, { matches, handler });
  await context.page.route(matches, handler);
};

/** Lets the requests `delayRequests` held back through at once again. */
export const stopDelaying: BrowserCommand<[part: string]> = async (context, part) => {
  const delay = delays.get(part);
  delays.delete(part);
  if (delay) await context.page.unroute(delay.matches, delay.handler);
};
