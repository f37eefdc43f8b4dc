// Two countries as the canonical pair id their record is stored under.
import { ProblemException } from './problem.ts';

/** The pair id of two alpha-2 codes in either order (`DK`, `AL` -> `AL-DK`); a 400 problem for one country twice. */
export function pairIdOf(a: string, b: string): string {
  if (a === b) throw new ProblemException('same-country', `Both codes name ${a}; ask for two different countries.`);
  // What data/schema's `pairId` gives (a test holds them equal), without its array and sort on the hot path.
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}
