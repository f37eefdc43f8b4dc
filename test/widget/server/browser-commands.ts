// Commands the widget tests run in the browser's Playwright page, outside the test's own frame.
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
