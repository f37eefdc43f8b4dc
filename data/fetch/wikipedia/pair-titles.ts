// The article title each pair of states would have on English Wikipedia: "Albania–Denmark relations".
import { WIKIPEDIA_NAMES } from './wikipedia-names.ts';

/** A title to ask for, and the pair it is about. */
export interface PairTitle {
  title: string;
  pair: [string, string];
}

/** One title per pair of `countries`, names in alphabetical order as Wikipedia's naming convention has them. */
export function pairTitles(countries: readonly { code: string; name: string }[]): PairTitle[] {
  const named = countries
    .map((c) => ({ code: c.code, name: WIKIPEDIA_NAMES[c.code] ?? c.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const titles: PairTitle[] = [];
  for (let i = 0; i < named.length; i++)
    for (let j = i + 1; j < named.length; j++) {
      const a = named[i] as { code: string; name: string };
      const b = named[j] as { code: string; name: string };
      titles.push({ title: `${a.name}–${b.name} relations`, pair: [a.code, b.code] });
    }
  return titles;
}
