// Two country codes from a request path, as the canonical pair id the records are stored under.
import { toAlpha2 } from './country-codes.ts';
import { ProblemException, quoteInput } from './problem.ts';

function alpha2OrThrow(code: string): string {
  const alpha2 = toAlpha2(code);
  if (alpha2 === undefined) {
    throw new ProblemException(
      'invalid-country-code',
      `${quoteInput(code)} is not an ISO 3166-1 alpha-2 or alpha-3 country code.`,
    );
  }
  return alpha2;
}

/** The pair id of two alpha-2 or alpha-3 codes in any case and order (`dk`, `ALB` -> `AL-DK`); 400 otherwise. */
export function pairIdOf(a: string, b: string): string {
  const x = alpha2OrThrow(a);
  const y = alpha2OrThrow(b);
  if (x === y) throw new ProblemException('same-country', `Both codes name ${x}; ask for two different countries.`);
  // What data/schema's `pairId` gives (a test holds them equal), without its array and sort on the hot path.
  return x < y ? `${x}-${y}` : `${y}-${x}`;
}
