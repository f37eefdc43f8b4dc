// The options a card page takes besides its language, shared by the page's route and the oEmbed endpoint.

/** `auto` follows the reader's light or dark preference. */
export const THEMES = ['auto', 'light', 'dark'] as const;
/** `compact` (the default) leads with a few facts; `full` shows them all. */
export const LAYOUTS = ['compact', 'full'] as const;

export type Theme = (typeof THEMES)[number];
export type Layout = (typeof LAYOUTS)[number];

/** Whether a query value is one of `values`. */
export const oneOf = <T extends string>(values: readonly T[], value: string | null): value is T =>
  value !== null && (values as readonly string[]).includes(value);
