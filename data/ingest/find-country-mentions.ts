// Finds the countries a sentence names, and rewrites the sentence with a marker in place of each.
import { type CountryForm, type CountryLexicon, countryLexicon, foldDiacritics } from './country-lexicon.ts';

/** A country named in a sentence. */
export type CountryMention = {
  code: string;
  form: CountryForm;
  start: number;
  end: number;
  text: string;
  possessive: boolean;
};

/** A sentence with each country replaced by `⟨i⟩` (i: index into `mentions`). */
export type MarkedSentence = { text: string; marked: string; mentions: CountryMention[] };

// Global and shared: findCountryMentions resets lastIndex and never calls itself.
const CAPITALISED_WORD = /(?<![\p{L}\p{M}\p{N}'’.-])\p{Lu}[\p{L}\p{M}\p{N}]*(?:[-'’.][\p{L}\p{M}\p{N}]+)*\.?/gu;
const NEXT_WORD = / ([\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*\.?)/uy;

// A trailing full stop belongs to the word only for abbreviations such as "U.S.".
const trimStop = (word: string): string => (word.endsWith('.') && !/\.\p{L}\.$/u.test(word) ? word.slice(0, -1) : word);
const POSSESSIVE = /['’]s?$/;

/** Pick the reading that matters here: one of the pair first, then an independent state. */
function resolve(
  entries: { code: string; form: CountryForm }[],
  pair: readonly string[],
  lexicon: CountryLexicon,
): { code: string; form: CountryForm } {
  return (
    entries.find((e) => pair.includes(e.code)) ??
    entries.find((e) => lexicon.countries.get(e.code)?.independent) ??
    (entries[0] as { code: string; form: CountryForm })
  );
}

/**
 * Mentions of countries in `text`, longest phrase first, left to right. Codes ("DK", "DNK") count only for
 * the pair, because most short upper-case tokens in prose are not countries.
 */
export function findCountryMentions(
  text: string,
  pair: readonly string[] = [],
  lexicon: CountryLexicon = countryLexicon(),
): CountryMention[] {
  const mentions: CountryMention[] = [];
  const capitalised = CAPITALISED_WORD;
  capitalised.lastIndex = 0;
  for (let first = capitalised.exec(text); first; first = capitalised.exec(text)) {
    const start = first.index;
    const firstWord = trimStop(first[0]);
    const firstKey = foldDiacritics(firstWord).toLowerCase();
    const isCode = /^[A-Z]{2,3}$/.test(firstWord);
    // "Chilean-born", "Danish-funded": the country word before a lower-case suffix.
    const compound = firstWord.includes('-') ? /^([^-]+)-\p{Ll}/u.exec(firstWord)?.[1] : undefined;
    if (
      !isCode &&
      !lexicon.firstWords.has(firstKey) &&
      !lexicon.firstWords.has(firstKey.replace(POSSESSIVE, '')) &&
      !compound
    )
      continue;
    let found: { code: string; form: CountryForm; possessive: boolean; end: number } | undefined;
    let phrase = firstKey;
    let wordEnd = start + firstWord.length;
    for (let n = 1; n <= lexicon.maxWords; n++) {
      if (n > 1) {
        NEXT_WORD.lastIndex = wordEnd;
        const next = NEXT_WORD.exec(text);
        if (!next?.[1]) break;
        const word = trimStop(next[1]);
        phrase = `${phrase} ${foldDiacritics(word).toLowerCase()}`;
        wordEnd = next.index + 1 + word.length;
      }
      let entries = lexicon.phrases.get(phrase);
      let possessive = false;
      let end = wordEnd;
      if (!entries && POSSESSIVE.test(phrase)) {
        entries = lexicon.phrases.get(phrase.replace(POSSESSIVE, ''));
        possessive = Boolean(entries);
        end = wordEnd - (text.charAt(wordEnd - 1) === 's' ? 2 : 1);
      }
      if (entries) {
        const reading = resolve(entries, pair, lexicon);
        found = { code: reading.code, form: reading.form, possessive, end };
      }
    }
    if (!found && compound) {
      const entries = lexicon.phrases.get(foldDiacritics(compound).toLowerCase());
      if (entries) {
        const reading = resolve(entries, pair, lexicon);
        found = { code: reading.code, form: reading.form, possessive: false, end: start + compound.length };
      }
    }
    if (!found && isCode) {
      const code = firstWord.length === 2 ? firstWord : lexicon.byAlpha3.get(firstWord);
      if (code && pair.includes(code)) found = { code, form: 'code', possessive: false, end: start + firstWord.length };
    }
    if (!found) continue;
    // "Mexico City", "Kuwait City": the city, not the country.
    if (/^ City\b/.test(text.slice(found.end, found.end + 5))) continue;
    mentions.push({
      code: found.code,
      form: found.form,
      start,
      end: found.end,
      text: text.slice(start, found.end),
      possessive: found.possessive,
    });
    capitalised.lastIndex = Math.max(capitalised.lastIndex, found.end);
  }
  return mentions;
}

/** The sentence with markers in place of its country mentions, for patterns that speak of "a country". */
export function markCountries(
  text: string,
  pair: readonly string[] = [],
  lexicon: CountryLexicon = countryLexicon(),
): MarkedSentence {
  const mentions = findCountryMentions(text, pair, lexicon);
  let marked = '';
  let at = 0;
  mentions.forEach((mention, index) => {
    marked += `${text.slice(at, mention.start)}⟨${index}⟩`;
    at = mention.end;
  });
  marked += text.slice(at);
  return { text, marked, mentions };
}
