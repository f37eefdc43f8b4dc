// Wikidata timestamps as EDTF dates, at the precision the value can really have.

/** Wikidata's time precisions (wikibase:timePrecision) that a date can be written at. */
const YEAR = 9;
const MONTH = 10;
const DAY = 11;

/**
 * A Wikidata timestamp as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. With `precision` (9 year, 10 month, 11 day or finer)
 * the date keeps exactly what Wikidata knows; a coarser one (decade, century) gives no date rather than a year
 * Wikidata does not know. Without it, the timestamp alone has to be read: Wikidata writes a
 * year as `1927-01-01T00:00:00Z` and a month as `1927-05-01T00:00:00Z`, so a first of January reads as a year and a
 * first of the month as a month. Undefined for an empty or unreadable value.
 */
export function wikidataDate(timestamp: string, precision?: number): string | undefined {
  const match = /^\+?(\d{4})-(\d{2})-(\d{2})T/.exec(timestamp.trim());
  if (!match) return undefined;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  if (year === '0000') return undefined;
  if (precision !== undefined) {
    if (precision >= DAY) return `${year}-${month}-${day}`;
    if (precision === MONTH) return `${year}-${month}`;
    return precision === YEAR ? year : undefined;
  }
  if (month === '01' && day === '01') return year;
  if (day === '01') return `${year}-${month}`;
  return `${year}-${month}-${day}`;
}
