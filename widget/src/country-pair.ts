// Reads the `countries` attribute into a canonical pair of alpha-2 codes, so "DNK, alb" and "AL DK" are one pair.

/** Two alpha-2 codes in upper case, sorted, and the pair's id `AL-DK`. */
export interface CountryPair {
  codes: [string, string];
  id: string;
}

/** Thrown for a `countries` value that names no pair; `codes` holds the parts not understood. */
export class CountryCodeError extends Error {
  readonly codes: string[];
  constructor(codes: string[]) {
    super(`Unknown country codes: ${codes.join(', ')}`);
    this.name = 'CountryCodeError';
    this.codes = codes;
  }
}

/** Splits the attribute on spaces and commas. */
export function splitCodes(countries: string): string[] {
  return countries.split(/[\s,]+/).filter(Boolean);
}

/** Canonicalizes a `countries` value; alpha-3 codes load their table on demand. */
export async function parseCountryPair(countries: string): Promise<CountryPair> {
  const raw = splitCodes(countries);
  // Shape before case: 'ß'.toUpperCase() is 'SS', which would ask for South Sudan instead of saying "unknown".
  if (raw.length !== 2 || raw.some((c) => !/^[A-Za-z]{2,3}$/.test(c))) throw new CountryCodeError(raw);
  const parts = raw.map((c) => c.toUpperCase());
  let table: Record<string, string> = {};
  if (parts.some((c) => c.length === 3)) table = (await import('./alpha3-codes.ts')).ALPHA3_TO_ALPHA2;
  const alpha2 = parts.map((c) => (c.length === 3 ? table[c] : c));
  const unknown = parts.filter((_, i) => !alpha2[i]);
  if (unknown.length) throw new CountryCodeError(unknown);
  const [a = '', b = ''] = (alpha2 as string[]).sort();
  if (a === b) throw new CountryCodeError(parts);
  return { codes: [a, b], id: `${a}-${b}` };
}
