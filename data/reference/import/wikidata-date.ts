// Wikidata timestamps as EDTF dates, at the precision the value can really have.

/**
 * `1927-01-01T00:00:00Z` is how Wikidata writes a year, and `1927-05-01T00:00:00Z` a month: the exported
 * timestamp drops the precision, so a first of January reads as a year and a first of the month as a month.
 * A day is kept only when it is not the first. Undefined for an empty or unreadable value.
 */
export function wikidataDate(timestamp: string): string | undefined {
  const match = /^\+?(\d{4})-(\d{2})-(\d{2})T/.exec(timestamp.trim());
  if (!match) return undefined;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  if (year === '0000') return undefined;
  if (month === '01' && day === '01') return year;
  if (day === '01') return `${year}-${month}`;
  return `${year}-${month}-${day}`;
}
