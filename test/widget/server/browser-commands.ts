// Commands the widget tests run in the browser's Playwright page, outside the test's own frame.
import type { BrowserCommand } from 'vitest/node';

/** Emulates the system's light or dark preference (`prefers-color-scheme`) for the whole page. */
export const emulateColorScheme: BrowserCommand<['light' | 'dark' | 'no-preference']> = async (context, scheme) => {
  await context.page.emulateMedia({ colorScheme: scheme });
};
