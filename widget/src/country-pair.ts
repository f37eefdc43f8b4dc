// Reads the `countries` attribute into a canonical pair of alpha-2 codes, so "DNK, alb" and "AL DK" are one pair,
// and says what is wrong with one that names no pair: not two codes, a code nobody uses, one country twice.
import { ALPHA2_BITMAP } from './alpha2-codes.ts';

/** Two alpha-2 codes in upper case, sorted, and the pair's id `AL-DK`. */
export interface CountryPair {
  codes: [string, string];
  id: string;
}

/** Why a `countries` value names no pair. */
export type CountryCodeProblem = 'not-two' | 'unknown' | 'same';

/** Thrown for a `countries` value that names no pair; `codes` are the unknown codes, or the one country twice. */
export class CountryCodeError extends Error {
  readonly problem: CountryCodeProblem;
  readonly codes: string[];
  constructor(problem: CountryCodeProblem, codes: string[]) {
    super(`relations-card: ${problem} country codes: ${codes.join(', ')}`);
    this.name = 'CountryCodeError';
    this.problem = problem;
    this.codes = codes;
  }
}

/** Splits the attribute on spaces and commas. */
export function splitCodes(countries: string): string[] {
  return countries.split(/[\s,]+/).filter(Boolean);
}

let alpha2Bits: string | undefined;
/** Whether an upper-case two-letter code is one the API accepts. */
function isAlpha2(code: string): boolean {
  alpha2Bits ??= atob(ALPHA2_BITMAP);
  const index = (code.charCodeAt(0) - 65) * 26 + code.charCodeAt(1) - 65;
  return ((alpha2Bits.charCodeAt(index >> 3) >> (index & 7)) & 1) === 1;
}

/** Canonicalizes a `countries` value; alpha-3 codes load their table on demand. */
export async function parseCountryPair(countries: string): Promise<CountryPair> {
  const raw = splitCodes(countries);
  if (raw.length !== 2) throw new CountryCodeError('not-two', raw);
  // Shape before case: 'ß'.toUpperCase() is 'SS', which would ask for South Sudan instead of saying "unknown".
  const upper = raw.map((c) => (/^[A-Za-z]{2,3}$/.test(c) ? c.toUpperCase() : ''));
  const table = upper.some((c) => c.length === 3) ? (await import('./alpha3-codes.ts')).ALPHA3_TO_ALPHA2 : {};
  const alpha2 = upper.map((c) =>
    c.length === 3 ? Object.hasOwn(table, c) && table[c] : c.length === 2 && isAlpha2(c) && c,
  );
  const unknown = raw.filter((_, i) => !alpha2[i]);
  if (unknown.length) throw new CountryCodeError('unknown', unknown);
  const [a = '', b = ''] = (alpha2 as string[]).sort();
  if (a === b) throw new CountryCodeError('same', [a]);
  return { codes: [a, b], id: `${a}-${b}` };
}
