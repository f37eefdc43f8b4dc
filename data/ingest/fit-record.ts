// Fits a record to the schema's limits: an article from the internet may state one fact 30,000 times, or name a
// place with invisible characters; the record keeps what fits and says what it left out.
import { LIMITS, type RelationsRecord } from '../schema/index.ts';

// The characters the schema refuses in text: controls, and format characters that hide or reorder text. The
// zero-width joiners (U+200C, U+200D) stay, as the schema allows them.
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u00AD\u0600-\u0605\u061C\u06DD\u070F\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text without the characters the schema refuses. */
export const cleanText = (value: string): string => value.replace(INVISIBLE, '').replace(LONE_SURROGATE, '');

/** Fields that hold a purpose or a note (long text); every other string is short text. */
const LONG_FIELDS = new Set(['purpose', 'note']);
/** Lists of people and goods are bounded more tightly than lists of facts. */
const SMALL_LISTS: Record<string, number> = { visitors: 50, counterparts: 50, items: 50 };

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };

/** Whether every string of a value fits: returns the cleaned value, or undefined when a short text is too long. */
function fitValue(value: Json, field: string): Json | undefined {
  if (typeof value === 'string') {
    const cleaned = cleanText(value);
    const max = LONG_FIELDS.has(field) ? LIMITS.longText : field === 'url' ? LIMITS.url : LIMITS.shortText;
    return cleaned.length === 0 || cleaned.length > max ? undefined : cleaned;
  }
  if (typeof value === 'number') return value > 1e15 ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map((v) => fitValue(v, field)).filter((v) => v !== undefined);
    return items.slice(0, SMALL_LISTS[field] ?? LIMITS.listItems);
  }
  if (value && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const [key, v] of Object.entries(value)) {
      const fitted = fitValue(v, key);
      // An optional detail that does not fit is left out; a fact whose required part does not is dropped below.
      if (fitted === undefined) {
        if (LONG_FIELDS.has(key) || key === 'city' || key === 'district' || key === 'office') continue;
        return undefined;
      }
      out[key] = fitted;
    }
    return out;
  }
  return value;
}

/** The record within the schema's limits; what had to go is said in `warnings`. */
export function fitRecord(record: RelationsRecord, kinds: readonly string[], warnings: string[]): RelationsRecord {
  const fitted = { ...record } as Record<string, unknown>;
  for (const kind of kinds) {
    const facts = (record as unknown as Record<string, { provenance: unknown[] }[]>)[kind] ?? [];
    const kept: unknown[] = [];
    for (const fact of facts) {
      if (fact.provenance.length > LIMITS.provenance) {
        warnings.push(
          `a ${kind} fact is stated ${fact.provenance.length} times; the first ${LIMITS.provenance} are kept`,
        );
      }
      const bounded = { ...fact, provenance: fact.provenance.slice(0, LIMITS.provenance) };
      const clean = fitValue(bounded as Json, kind);
      if (clean === undefined || (kind === 'diaspora' && ((clean as { population: number }).population ?? 0) > 1e10)) {
        warnings.push(`a ${kind} fact with a part too long or too large was left out`);
        continue;
      }
      kept.push(clean);
    }
    if (kept.length > LIMITS.listItems) warnings.push(`${kept.length} ${kind}; the first ${LIMITS.listItems} are kept`);
    fitted[kind] = kept.slice(0, LIMITS.listItems);
  }
  fitted.seeAlso = (fitValue(record.seeAlso as Json, 'seeAlso') as unknown[]) ?? [];
  return fitted as RelationsRecord;
}
