// Strings a record may hold: bounded, without control or invisible format characters, well-formed UTF-16.
import * as z from 'zod';

/** Generous limits, documented in the schema: a record is a card's worth of facts, not a book. */
export const LIMITS = {
  /** Names, titles, cities, offices, ids. */
  shortText: 300,
  /** Notes and purposes. */
  longText: 2000,
  url: 2048,
  /** Facts of one kind in one record, sources, see-also entries. */
  listItems: 1000,
  /** Statements of one fact (its provenance). */
  provenance: 200,
} as const;

// C0/C1 controls, and the format characters that change how text around them reads or hides text: bidirectional
// embeddings, overrides and isolates, zero-width spaces and joiners of words, invisible operators, the BOM. The
// zero-width non-joiner and joiner (U+200C, U+200D) stay: Persian and Indic names need them.
const FORBIDDEN =
  '\\u0000-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u180E\\u200B\\u200E\\u200F' +
  '\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFF9-\\uFFFB';
const SAFE = new RegExp(`^[^${FORBIDDEN}]*$`);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Text of at most `max` UTF-16 units, non-empty, with no control or invisible format character and no unpaired
 * surrogate (an unterminated U+202E would reverse the card's own words).
 */
export function text(max: number = LIMITS.shortText) {
  return z
    .string()
    .min(1)
    .max(max)
    .regex(SAFE, 'no control or invisible format characters (such as U+202E)')
    .refine((value) => !LONE_SURROGATE.test(value), 'no unpaired surrogates');
}

/** An absolute http(s) URL: the only links a card may show. */
export const WebUrl = z
  .url({ protocol: /^https?$/ })
  .max(LIMITS.url)
  .regex(/^https?:\/\//i, 'an http or https URL')
  .meta({ id: 'WebUrl', examples: ['https://en.wikipedia.org/wiki/Albania%E2%80%93Denmark_relations'] });

/** A list of at most `max` items. */
export const list = <T extends z.ZodType>(item: T, max: number = LIMITS.listItems) => z.array(item).max(max);
