// Text from articles and datasets made inert in a pull-request body: no markup, no HTML, no @-mentions, no links.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '@': '&#64;' };

/** Escapes HTML's special characters and '@', so a name in the data cannot ping anyone or open a tag. */
export const escapeHtml = (text: string): string => text.replace(/[&<>@]/g, (c) => ENTITIES[c] ?? c);

/** `text` as Markdown that reads literally: HTML escaped and Markdown's punctuation backslashed. */
export const markdownText = (text: string): string =>
  escapeHtml(text.replace(/[\\`*_[\]{}()#+!|~]/g, '\\$&')).replace(/\s+/g, ' ');

/** `text` as inline code that survives backticks and pipes inside it (HTML code, escaped). */
export const markdownCode = (text: string): string =>
  `<code>${escapeHtml(text).replace(/\|/g, '&#124;').replace(/\s+/g, ' ')}</code>`;
