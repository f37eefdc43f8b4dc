// Types for the commands in test/widget/server/browser-commands.ts, as the tests call them.
import { commands } from 'vitest/browser';

interface EmulatedMedia {
  colorScheme?: 'light' | 'dark' | 'no-preference' | null;
  reducedMotion?: 'reduce' | 'no-preference' | null;
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (media: EmulatedMedia) => Promise<void>;
    delayRequests: (part: string, ms: number) => Promise<void>;
    stopDelaying: (part: string) => Promise<void>;
  }
}

/** Emulates `prefers-color-scheme` and `prefers-reduced-motion` for the page. */
export const emulateMedia = (media: EmulatedMedia) => commands.emulateMedia(media);

/** Holds back the page's requests whose path contains `part` by `ms` milliseconds, until `stopDelaying(part)`. */
export const delayRequests = (part: string, ms: number) => commands.delayRequests(part, ms);
export const stopDelaying = (part: string) => commands.stopDelaying(part);
