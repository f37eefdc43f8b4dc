// Tags: spans of tokens the tagger recognised (a country, a date, an amount, a person), with what each one means.
import type { MissionKind } from '../../schema/index.ts';
import type { CountryForm } from '../lexicon/build-lexicons.ts';
import type { Token } from '../text/tokenize.ts';

/** What each tag type carries. */
export type TagValues = {
  COUNTRY: { code: string; form: CountryForm | 'code' | 'pronoun' };
  CITY: { name: string; country?: string };
  ORG: { label: string };
  OFFICE: { office: string };
  MISSION: { kind: MissionKind; plural: boolean };
  CURRENCY: { code?: string; unit?: string };
  MONTH: { month: number };
  SCALE: { factor: number };
  NUMWORD: { value: number };
  QUALIFIER: Record<string, never>;
  PORTFOLIO: Record<string, never>;
  NUMBER: { value: number; scaled: boolean; year: boolean };
  DATE: { edtf: string };
  MONEY: { amount: number; currency: string };
  PERSON: { name: string; office?: string; country?: string; mention?: number };
  PAIR: Record<string, never>;
};

/** A tag type's name. */
export type TagType = keyof TagValues;

/** A tag over tokens [start, end) of a sentence. */
export type Tag<T extends TagType = TagType> = { type: T; start: number; end: number; value: TagValues[T] };

const NONE: readonly number[] = [];
const EMPTY: readonly Tag[] = [];

/** A sentence's tokens and tags, with the keys patterns test before they try to match. */
export class TaggedTokens {
  readonly tokens: Token[];
  /** Tags by the token they start at (a slot stays empty until a tag starts there). */
  readonly #byStart: (Tag[] | undefined)[] = [];
  /** Every token lemma, and `#TYPE` for every tag type present. */
  readonly keys = new Set<string>();
  /** Where each key (lemma, form, `#TYPE`) occurs: built on first use, after tagging. */
  #index: Map<string, number[]> | undefined;
  /** Tags by type, left to right: built on first use, dropped when a tag is added. */
  #byType = new Map<string, Tag[]>();

  constructor(tokens: Token[]) {
    this.tokens = tokens;
    for (const token of tokens) {
      this.keys.add(token.lemma);
      this.keys.add(token.key);
    }
  }

  /** Whether any of `words` is a key of the sentence: the cheap test a reader makes before its patterns run. */
  hasAny(words: Iterable<string>): boolean {
    for (const word of words) if (this.keys.has(word)) return true;
    return false;
  }

  /** Adds a tag. */
  add<T extends TagType>(type: T, start: number, end: number, value: TagValues[T]): Tag<T> {
    const tag = { type, start, end, value } as Tag<T>;
    let list = this.#byStart[start];
    if (!list) {
      list = [];
      this.#byStart[start] = list;
    }
    list.push(tag);
    this.keys.add(`#${type}`);
    this.#index = undefined;
    this.#byType.delete(type);
    return tag;
  }

  /** The tokens where a key occurs (a lemma, a form, or `#TYPE` for the start of a tag), in order. */
  positions(key: string): readonly number[] {
    if (!this.#index) {
      const index = new Map<string, number[]>();
      const note = (k: string, i: number) => {
        const list = index.get(k);
        if (!list) index.set(k, [i]);
        else if (list.at(-1) !== i) list.push(i);
      };
      this.tokens.forEach((t, i) => {
        note(t.lemma, i);
        if (t.key !== t.lemma) note(t.key, i);
        if (t.upper) note('^upper', i);
        for (const tag of this.#byStart[i] ?? []) note(`#${tag.type}`, i);
      });
      this.#index = index;
    }
    return this.#index.get(key) ?? NONE;
  }

  /** Removes tags a longer tag covers (the tagger's last step for names inside names). */
  remove(tag: Tag): void {
    const list = this.#byStart[tag.start] as Tag[];
    const at = list.indexOf(tag);
    if (at >= 0) list.splice(at, 1);
  }

  /** Tags starting at token `i`, of one type or any. */
  at<T extends TagType>(i: number, type?: T): Tag<T>[] {
    const list = this.#byStart[i];
    if (!list) return EMPTY as Tag<T>[];
    return (type === undefined ? list : list.filter((t) => t.type === type)) as Tag<T>[];
  }

  /** The first tag of `type` starting at `i`, the longest first. */
  first<T extends TagType>(i: number, type: T): Tag<T> | undefined {
    let best: Tag<T> | undefined;
    for (const tag of this.#byStart[i] ?? [])
      if (tag.type === type && (!best || tag.end > best.end)) best = tag as Tag<T>;
    return best;
  }

  /** Every tag of `type`, left to right (the same array until a tag is added: do not change it). */
  all<T extends TagType>(type: T): Tag<T>[] {
    const cached = this.#byType.get(type);
    if (cached) return cached as Tag<T>[];
    const out: Tag<T>[] = [];
    if (this.keys.has(`#${type}`))
      for (const list of this.#byStart)
        if (list) for (const tag of list) if (tag.type === type) out.push(tag as Tag<T>);
    this.#byType.set(type, out);
    return out;
  }

  /** The text of tokens [start, end) as written, single-spaced. */
  text(start: number, end: number): string {
    let out = '';
    for (let i = start; i < end; i++) {
      const token = this.tokens[i] as Token;
      out += (i > start && token.space ? ' ' : '') + token.text;
    }
    return out;
  }
}
