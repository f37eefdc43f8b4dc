// Types for the commands in test/widget/server/browser-commands.ts, as the tests call them.
import { commands } from 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateColorScheme: (scheme: 'light' | 'dark' | 'no-preference') => Promise<void>;
  }
}

/** Emulates `prefers-color-scheme` for the page. */
export const emulateColorScheme = (scheme: 'light' | 'dark' | 'no-preference') => commands.emulateColorScheme(scheme);
