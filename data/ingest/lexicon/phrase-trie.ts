// A trie of phrases keyed by token lemmas: finds every lexicon phrase that starts at a token in one short walk.
import type { Token } from '../text/tokenize.ts';

/** How strictly a phrase's case must match: an acronym exactly, a one-word name capitalised, the rest in any case. */
export type CaseRule = 'exact' | 'capital' | 'any';

/** One reading of a phrase, with the data its tag carries. */
export type PhraseEntry<V> = { value: V; rule: CaseRule; written: string[] };

type Node<V> = { next: Map<string, Node<V>>; entries: PhraseEntry<V>[] };

/** A phrase found at a token: [start, end) token indices and its readings. */
export type PhraseMatch<V> = { start: number; end: number; entries: PhraseEntry<V>[] };

const caseHolds = (rule: CaseRule, written: string[], tokens: Token[], start: number): boolean => {
  if (rule === 'any') return true;
  if (rule === 'capital') return (tokens[start] as Token).upper;
  return written.every((w, i) => tokens[start + i]?.text === w);
};

const NO_MATCHES: PhraseMatch<never>[] = [];

/** Phrases by their token lemmas. Lookup is bounded by the longest phrase, so a scan of a sentence is linear. */
export class PhraseTrie<V> {
  readonly #root: Node<V> = { next: new Map(), entries: [] };
  #longest = 0;

  /** Adds a phrase given as its tokens (the same tokenizer the text goes through). */
  add(tokens: Token[], value: V, rule: CaseRule): void {
    if (tokens.length === 0) return;
    let node = this.#root;
    for (const token of tokens) {
      let next = node.next.get(token.lemma);
      if (!next) {
        next = { next: new Map(), entries: [] };
        node.next.set(token.lemma, next);
      }
      node = next;
    }
    node.entries.push({ value, rule, written: tokens.map((t) => t.text) });
    this.#longest = Math.max(this.#longest, tokens.length);
  }

  /** Every phrase starting at `start`, shortest first, whose case rule the text meets. */
  matchesAt(tokens: Token[], start: number, limit = tokens.length): PhraseMatch<V>[] {
    let found: PhraseMatch<V>[] | undefined;
    let node: Node<V> | undefined = this.#root;
    for (let i = start; i < limit && i - start < this.#longest; i++) {
      node = node.next.get((tokens[i] as Token).lemma);
      if (!node) break;
      if (node.entries.length === 0) continue;
      const entries = node.entries.filter((e) => caseHolds(e.rule, e.written, tokens, start));
      if (entries.length) {
        found ??= [];
        found.push({ start, end: i + 1, entries });
      }
    }
    return found ?? NO_MATCHES;
  }
}
