// The country codes the API accepts, from one list: the lookup requests are checked with, and the pattern the OpenAPI
// document describes them by. Only i18n-iso-countries' codes.json is imported (about 10 KB, no locale names).
//
// The list is ISO 3166-1's 249 assigned codes plus Kosovo's XK/XKK (user-assigned; i18n-iso-countries follows
// Unicode CLDR there), in alpha-2 or alpha-3 and in any case. Every other code is refused: the other user-assigned
// ones (AA, QM–QZ, XA–XZ, ZZ), the reserved ones (EU, UK, UN…), transitional and deleted ones (AN, CS, YU…), and
// other spellings of Kosovo (XKX, RKS, UVK). The widget's alpha-3 table is the same list (test/worker holds them equal).
import codes from 'i18n-iso-countries/codes.json' with { type: 'json' };

const ALPHA2 = new Set<string>();
const ALPHA3_TO_ALPHA2 = new Map<string, string>();
for (const [alpha2, alpha3] of codes as string[][]) {
  if (alpha2 && alpha3) {
    ALPHA2.add(alpha2);
    ALPHA3_TO_ALPHA2.set(alpha3, alpha2);
  }
}

// ASCII letters only: `toUpperCase` would turn "ß" into "SS" (South Sudan) and "ı" into "I".
const CODE_SHAPE = /^[A-Za-z]{2,3}$/;

/** The alpha-2 code for an alpha-2 or alpha-3 code in any case (`dk`, `DNK` -> `DK`), or undefined if unknown. */
export function toAlpha2(code: string): string | undefined {
  if (!CODE_SHAPE.test(code)) return undefined;
  const upper = code.toUpperCase();
  if (upper.length === 2) return ALPHA2.has(upper) ? upper : undefined;
  return ALPHA3_TO_ALPHA2.get(upper);
}

/** The alpha-3 codes the API accepts, each with its alpha-2 code. */
export function alpha3Codes(): ReadonlyMap<string, string> {
  return ALPHA3_TO_ALPHA2;
}

/** `[Aa]`, `[DKdk]`: the given upper-case letters in either case, as one character class. */
const eitherCase = (letters: Iterable<string>): string => {
  const upper = [...letters].sort().join('');
  return `[${upper}${upper.toLowerCase()}]`;
};

/** Groups codes by their first letter; the rest of each code, in the order given. */
function byFirstLetter(list: Iterable<string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const code of list) {
    const rest = groups.get(code.charAt(0)) ?? [];
    rest.push(code.slice(1));
    groups.set(code.charAt(0), rest);
  }
  return groups;
}

/**
 * A regular expression (ECMA-262, as JSON Schema's `pattern` reads it) that matches exactly the codes `toAlpha2`
 * accepts: `^(?:[Aa](?:[DEF…def…]|[Bb][Ww]|…)|…)$`. A trie of fixed-length alternatives without quantifiers, so
 * matching stays linear whatever it is given; it exists for the document, requests are checked by the lookup.
 */
export function countryCodePattern(): string {
  const alpha2 = byFirstLetter([...ALPHA2].sort());
  const alpha3 = byFirstLetter([...ALPHA3_TO_ALPHA2.keys()].sort());
  const firsts = [...new Set([...alpha2.keys(), ...alpha3.keys()])].sort();
  const branches = firsts.map((first) => {
    const tails: string[] = [];
    const seconds = alpha2.get(first);
    if (seconds) tails.push(eitherCase(seconds));
    for (const [second, thirds] of byFirstLetter(alpha3.get(first) ?? [])) {
      tails.push(`${eitherCase(second)}${eitherCase(thirds)}`);
    }
    return `${eitherCase(first)}(?:${tails.join('|')})`;
  });
  return `^(?:${branches.join('|')})$`;
}
