// Tags what the lexicons know: countries (and the pair's codes), cities, organisations, offices, missions, units.
import type { Lexicon, LexiconValue } from '../lexicon/lexicon.ts';
import type { Token } from '../text/tokenize.ts';
import type { Tag, TaggedTokens } from './tag.ts';

// Names that hold other names: "Mexico City" holds Mexico, "Organization of American States" holds American.
const NAME_TYPES = new Set(['COUNTRY', 'CITY', 'ORG']);

const PAIR_NOUNS = new Set(['country', 'nation', 'state', 'side', 'government', 'kingdom', 'republic']);

/** One reading of a country phrase: one of the pair first, then an independent state, then the first. */
function pickCountry(
  entries: { value: LexiconValue }[],
  pair: readonly string[],
  lexicon: Lexicon,
): { code: string; form: 'name' | 'adjective' | 'people' } | undefined {
  const readings = entries.map((e) => e.value).filter((v) => v.type === 'COUNTRY');
  const chosen =
    readings.find((r) => pair.includes(r.code)) ??
    readings.find((r) => lexicon.countries.get(r.code)?.independent) ??
    readings[0];
  return chosen ? { code: chosen.code, form: chosen.form } : undefined;
}

/** Tags lexicon phrases, the pair's codes, "both countries" and the like. Linear in the number of tokens. */
export function tagLexicon(tagged: TaggedTokens, pair: readonly string[], lexicon: Lexicon): void {
  const tokens = tagged.tokens;
  const names: Tag[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.kind === 'number') continue;
    for (const match of lexicon.trie.matchesAt(tokens, i)) {
      const country = pickCountry(match.entries, pair, lexicon);
      // "Mexico City", "Kuwait City": the city, not the country.
      if (country && tokens[match.end]?.lemma !== 'city') {
        names.push(tagged.add('COUNTRY', i, match.end, country));
      }
      const seen = new Set<string>();
      for (const { value } of match.entries) {
        if (value.type === 'COUNTRY' || seen.has(value.type)) continue;
        seen.add(value.type);
        if (value.type === 'CITY')
          names.push(tagged.add('CITY', i, match.end, { name: tagged.text(i, match.end), country: value.country }));
        else if (value.type === 'ORG') names.push(tagged.add('ORG', i, match.end, { label: value.label }));
        else if (value.type === 'MISSION')
          tagged.add('MISSION', i, match.end, {
            kind: value.kind,
            plural: (tokens[match.end - 1] as Token).key !== (tokens[match.end - 1] as Token).lemma,
          });
        else if (value.type === 'OFFICE') tagged.add('OFFICE', i, match.end, { office: '' });
        else if (value.type === 'CURRENCY')
          tagged.add('CURRENCY', i, match.end, value.code ? { code: value.code } : { unit: value.unit as string });
        else if (value.type === 'MONTH') tagged.add('MONTH', i, match.end, { month: value.month });
        else if (value.type === 'SCALE') tagged.add('SCALE', i, match.end, { factor: value.factor });
        else if (value.type === 'NUMWORD') tagged.add('NUMWORD', i, match.end, { value: value.value });
        else if (value.type === 'QUALIFIER') tagged.add('QUALIFIER', i, match.end, {});
        else if (value.type === 'PORTFOLIO') tagged.add('PORTFOLIO', i, match.end, {});
      }
    }
    // "Chilean-born", "Danish-funded": the country word before a lower-case suffix.
    const dash = token.text.indexOf('-');
    if (
      dash > 0 &&
      token.upper &&
      tagged.at(i, 'COUNTRY').length === 0 &&
      /^\p{Ll}/u.test(token.text.slice(dash + 1))
    ) {
      const head = token.key.slice(0, dash);
      const part = { ...token, text: token.text.slice(0, dash), key: head, lemma: head };
      const found = lexicon.trie.matchesAt([part], 0)[0];
      const country = found ? pickCountry(found.entries, pair, lexicon) : undefined;
      if (country) tagged.add('COUNTRY', i, i + 1, country);
    }
    // Codes count only for the pair: most short upper-case words in prose are not countries.
    if (
      token.upper &&
      token.text.length <= 3 &&
      /^[A-Z]{2,3}$/.test(token.text) &&
      tagged.at(i, 'COUNTRY').length === 0
    ) {
      const code = token.text.length === 2 ? token.text : lexicon.byAlpha3.get(token.text);
      if (code && pair.includes(code)) tagged.add('COUNTRY', i, i + 1, { code, form: 'code' });
    }
    // "both countries", "the two governments", "each other": the pair together.
    const next = tokens[i + 1];
    if (
      next &&
      ((token.lemma === 'both' && PAIR_NOUNS.has(next.lemma) && next.key !== next.lemma) ||
        (token.key === 'two' && tokens[i - 1]?.key === 'the' && PAIR_NOUNS.has(next.lemma)) ||
        (token.key === 'each' && next.key === 'other') ||
        (token.key === 'one' && next.key === 'another'))
    )
      tagged.add('PAIR', token.key === 'two' ? i - 1 : i, i + 2, {});
  }
  // A name inside a longer name is not a name of its own.
  let reach = -1;
  let holder: Tag | undefined;
  for (const tag of names.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (holder && tag.start >= holder.start && tag.end <= reach && tag.end - tag.start < holder.end - holder.start) {
      tagged.remove(tag);
      continue;
    }
    if (NAME_TYPES.has(tag.type) && tag.end > reach) {
      reach = tag.end;
      holder = tag;
    }
  }
}
