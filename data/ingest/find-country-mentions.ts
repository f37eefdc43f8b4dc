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

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*\.?/gu;
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
  const words: { start: number; end: number; word: string }[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    // A trailing full stop belongs to the word only for abbreviations such as "U.S.".
    if (word.endsWith('.') && !/\.\p{L}\.$/u.test(word)) word = word.slice(0, -1);
    words.push({ start: match.index, end: match.index + word.length, word });
  }
  const mentions: CountryMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i] as { start: number; end: number; word: string };
    if (!/^\p{Lu}/u.test(first.word)) continue;
    let found: { j: number; code: string; form: CountryForm; possessive: boolean; end: number } | undefined;
    let phrase = '';
    for (let j = i; j < words.length && j - i < lexicon.maxWords; j++) {
      const w = words[j] as { start: number; end: number; word: string };
      if (j > i && text.slice((words[j - 1] as { end: number }).end, w.start) !== ' ') break;
      const key = foldDiacritics(w.word).toLowerCase();
      phrase = j === i ? key : `${phrase} ${key}`;
      let entries = lexicon.phrases.get(phrase);
      let possessive = false;
      let end = w.end;
      if (!entries && POSSESSIVE.test(phrase)) {
        entries = lexicon.phrases.get(phrase.replace(POSSESSIVE, ''));
        possessive = Boolean(entries);
        end = w.end - (w.word.endsWith('s') ? 2 : 1);
      }
      if (entries) {
        const reading = resolve(entries, pair, lexicon);
        found = { j, code: reading.code, form: reading.form, possessive, end };
      }
    }
    if (!found && /^[A-Z]{2,3}$/.test(first.word)) {
      const code = first.word.length === 2 ? first.word : lexicon.byAlpha3.get(first.word);
      if (code && pair.includes(code)) found = { j: i, code, form: 'code', possessive: false, end: first.end };
    }
    if (!found) continue;
    // "Mexico City", "Kuwait City": the city, not the country.
    if (/^ City\b/.test(text.slice(found.end, found.end + 5))) continue;
    mentions.push({
      code: found.code,
      form: found.form,
      start: first.start,
      end: found.end,
      text: text.slice(first.start, found.end),
      possessive: found.possessive,
    });
    i = found.j;
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
