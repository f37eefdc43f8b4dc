// What an extractor sees of one sentence: its text, countries, dates, where it sits, and the pair it is about.
import type { Provenance } from '../schema/index.ts';
import type { CountryMention, MarkedSentence } from './find-country-mentions.ts';
import type { DateMention } from './parse-date.ts';

/** One sentence (or list item) of an article, prepared once and read by every extractor. */
export type SentenceContext = {
  /** The sentence with citation marks and wiki markup removed. */
  text: string;
  marked: MarkedSentence;
  dates: DateMention[];
  /** [start, end) of the sentence in the original article. */
  span: [number, number];
  line: number;
  section?: string;
  kind: 'paragraph' | 'item';
  /** The two countries of the article, in title order. */
  pair: [string, string];
  source: string;
  /** Earlier sentences of the same paragraph, nearest last. */
  before: SentenceContext[];
  /** For a list item: the paragraph or heading that introduces the list. */
  listIntro?: string;
  /** An office holder the article names elsewhere, by surname, so that a later bare "Modi" is still a person. */
  knownPerson?: (surname: string) => KnownPerson | undefined;
  /** The country of a city the article places a mission in ("a consulate-general in Osaka"). */
  cityCountry?: (city: string) => string | undefined;
};

/** A person the article names with an office somewhere, and the country it gives them if it says. */
export type KnownPerson = { name: string; office: string; country?: string };

/** Where a fact was read: source, section and the sentence's span. */
export function provenanceOf(sentence: SentenceContext): Provenance {
  return sentence.section === undefined
    ? { source: sentence.source, span: sentence.span, method: 'rule' }
    : { source: sentence.source, section: sentence.section, span: sentence.span, method: 'rule' };
}

/** The mention at a marker index captured by a pattern (`⟨(\d+)⟩`). */
export function mentionAt(sentence: SentenceContext, index: string | undefined): CountryMention | undefined {
  return index === undefined ? undefined : sentence.marked.mentions[Number(index)];
}

/** The country of the pair that is not `code`. */
export function otherOf(sentence: SentenceContext, code: string): string {
  return sentence.pair[0] === code ? sentence.pair[1] : sentence.pair[0];
}

/** Whether `code` is one of the pair. */
export const inPair = (sentence: SentenceContext, code: string | undefined): code is string =>
  code !== undefined && sentence.pair.includes(code);

/** Countries the sentence names that are not the pair. */
export function thirdCountries(sentence: SentenceContext): string[] {
  return sentence.marked.mentions.map((m) => m.code).filter((code) => !sentence.pair.includes(code));
}

/** Codes of the pair the sentence names, in order of first mention. */
export function pairNamed(sentence: SentenceContext): string[] {
  const seen: string[] = [];
  for (const m of sentence.marked.mentions) if (inPair(sentence, m.code) && !seen.includes(m.code)) seen.push(m.code);
  return seen;
}

/** "Both countries", "the two states", "each other": the sentence speaks of the pair together. */
export const BOTH =
  /\b(?:both\s+(?:countries|nations|states|sides|governments)|the\s+two\s+(?:countries|nations|states|governments)|each\s+other|one\s+another|both\s+are|are\s+both)\b/i;
