// Reads the pair of countries a title names: "Albania–Denmark relations", "Relations between A and B".
import { lexicon } from './lexicon/lexicon.ts';
import { tokenize } from './text/tokenize.ts';

const DASHES = new Set(['–', '—', '−', '-']);

/** The alpha-2 code a whole phrase names as a country (a name, an official name, a code), if any. */
export function lookupCountry(phrase: string): string | undefined {
  const lex = lexicon();
  const text = phrase.trim();
  if (/^[A-Z]{2}$/.test(text) && lex.countries.has(text)) return text;
  if (/^[A-Z]{3}$/.test(text) && lex.byAlpha3.has(text)) return lex.byAlpha3.get(text);
  const tokens = tokenize(text, 0, text.length, lex.lemmaOf);
  const start = tokens[0]?.key === 'the' ? 1 : 0;
  const match = lex.trie.matchesAt(tokens, start).find((m) => m.end === tokens.length);
  const countries = (match?.entries ?? []).map((e) => e.value).filter((v) => v.type === 'COUNTRY');
  const chosen = countries.find((c) => c.form === 'name') ?? countries[0];
  return chosen && lex.countries.has(chosen.code) ? chosen.code : undefined;
}

/** The two countries a title such as "Albania–Denmark relations" names, in title order. */
export function pairOfTitle(title: string): [string, string] | undefined {
  let name = title.trim();
  if (name.toLowerCase().endsWith(' relations')) name = name.slice(0, -' relations'.length).trim();
  if (name.toLowerCase().startsWith('relations between ')) name = name.slice('relations between '.length).trim();
  const tries: [string, string][] = [];
  const and = name.toLowerCase().indexOf(' and ');
  if (and > 0) tries.push([name.slice(0, and), name.slice(and + 5)]);
  for (let i = 0; i < name.length; i++)
    if (DASHES.has(name.charAt(i))) tries.push([name.slice(0, i), name.slice(i + 1)]);
  for (const [left, right] of tries) {
    const a = lookupCountry(left);
    const b = lookupCountry(right);
    if (a && b && a !== b) return [a, b];
  }
  return undefined;
}
