// What a rule sees of one sentence: its tokens and tags, where it sits, and the article it belongs to. Immutable.
import type { Provenance } from '../../schema/index.ts';
import type { TaggedTokens } from '../tag/tag.ts';
import type { SectionRole } from './section-roles.ts';

/** What the whole article tells every sentence: the pair, the source, and cities its missions are in. */
export interface ArticleContext {
  /** The two countries of the title, in title order. */
  readonly pair: readonly [string, string];
  readonly source: string;
  /** The country of a city the article places a mission in ("a consulate-general in Osaka"). */
  cityCountry(city: string): string | undefined;
}

/** A paragraph (or a list item): its sentences in order, so a sentence reaches its neighbours by reference. */
export interface Paragraph {
  readonly sentences: SentenceContext[];
}

/** One sentence, list item or table row, prepared once and read by every rule. */
export interface SentenceContext {
  readonly tagged: TaggedTokens;
  /** [start, end) of the sentence in the article. */
  readonly span: readonly [number, number];
  readonly line: number;
  readonly section?: string | undefined;
  readonly role: SectionRole;
  readonly kind: 'paragraph' | 'item' | 'row';
  readonly paragraph: Paragraph;
  /** The sentence's place in its paragraph. */
  readonly index: number;
  /** For a list item or table row: the prose (or heading) that introduces the list. */
  readonly intro?: TaggedTokens | undefined;
  readonly article: ArticleContext;
}

/** Where a fact was read: source, section and the sentence's span. */
export function provenanceOf(sentence: SentenceContext): Provenance {
  const span: [number, number] = [sentence.span[0], sentence.span[1]];
  return sentence.section === undefined
    ? { source: sentence.article.source, span, method: 'rule' }
    : { source: sentence.article.source, section: sentence.section, span, method: 'rule' };
}

/** The sentence before this one in its paragraph. */
export const previousOf = (sentence: SentenceContext): SentenceContext | undefined =>
  sentence.paragraph.sentences[sentence.index - 1];

/** The sentence after this one in its paragraph. */
export const nextOf = (sentence: SentenceContext): SentenceContext | undefined =>
  sentence.paragraph.sentences[sentence.index + 1];

/** Whether `code` is one of the pair. */
export const inPair = (sentence: SentenceContext, code: string | undefined): code is string =>
  code !== undefined && sentence.article.pair.includes(code);

/** The countries of the pair the sentence names, each once. */
export function pairNamedIn(sentence: SentenceContext): Set<string> {
  const named = new Set<string>();
  for (const c of sentence.tagged.all('COUNTRY')) if (inPair(sentence, c.value.code)) named.add(c.value.code);
  return named;
}

/** The country of the pair that is not `code`. */
export const otherOf = (sentence: SentenceContext, code: string): string =>
  sentence.article.pair[0] === code ? sentence.article.pair[1] : sentence.article.pair[0];
