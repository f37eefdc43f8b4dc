// A kind's rules as data: patterns with what each means, compiled once, run over a sentence in one call.
import type { SentenceContext } from '../context/sentence-context.ts';
import { lexicon } from '../lexicon/lexicon.ts';
import type { Tag } from '../tag/tag.ts';
import { type CompiledPattern, compilePattern } from './compile-pattern.ts';
import { findMatches, matchAt, type PatternMatch } from './match-pattern.ts';
import { COMPUTED_TAGS, tagHasAttr } from './pattern-tags.ts';

/** One rule: a pattern, and whatever the kind's reader needs to know about what it means. */
export type Rule<Meaning extends object = object> = { pattern: string } & Meaning;

/** A rule that matched, with its match. */
export type RuleMatch<Meaning extends object> = { rule: Rule<Meaning>; match: PatternMatch };

/** Expands `@NAME` macros (whole words) with their definitions, which may use macros defined before them. */
function expandMacros(source: string, macros: Record<string, string>, depth = 0): string {
  if (depth > 8) throw new Error(`macros nest too deep in pattern: ${source}`);
  let out = '';
  let at = 0;
  for (let i = source.indexOf('@'); i >= 0; i = source.indexOf('@', at)) {
    let end = i + 1;
    while (end < source.length && /[A-Z_]/.test(source.charAt(end))) end++;
    const name = source.slice(i + 1, end);
    const body = macros[name];
    if (body === undefined) throw new Error(`unknown macro @${name} in pattern: ${source}`);
    out += `${source.slice(at, i)}( ${expandMacros(body, macros, depth + 1)} )`;
    at = end;
  }
  return out + source.slice(at);
}

/** Rules compiled on first use. */
export class RuleSet<Meaning extends object> {
  readonly rules: Rule<Meaning>[];
  readonly #macros: Record<string, string>;
  #compiled: CompiledPattern[] | undefined;

  constructor(rules: Rule<Meaning>[], macros: Record<string, string> = {}) {
    this.rules = rules;
    this.#macros = macros;
  }

  /** The compiled patterns, in rule order (compiled on first call; a malformed pattern throws here). */
  compiled(): CompiledPattern[] {
    this.#compiled ??= this.rules.map((r) => compilePattern(expandMacros(r.pattern, this.#macros), lexicon().lemmaOf));
    return this.#compiled;
  }

  /** The first rule that matches starting exactly at token `start`. */
  runAt(sentence: SentenceContext, start: number): RuleMatch<Meaning> | undefined {
    const patterns = this.compiled();
    for (let i = 0; i < patterns.length; i++) {
      const match = matchAt(patterns[i] as CompiledPattern, sentence.tagged, start, COMPUTED_TAGS, (tag, attr) =>
        tagHasAttr(sentence, tag, attr),
      );
      if (match) return { rule: this.rules[i] as Rule<Meaning>, match };
    }
    return undefined;
  }

  /** Every match of every rule in the sentence, in rule order, then left to right. */
  run(sentence: SentenceContext): RuleMatch<Meaning>[] {
    const out: RuleMatch<Meaning>[] = [];
    const attr = (tag: Tag, name: string) => tagHasAttr(sentence, tag, name);
    const patterns = this.compiled();
    for (let i = 0; i < patterns.length; i++)
      for (const match of findMatches(patterns[i] as CompiledPattern, sentence.tagged, COMPUTED_TAGS, attr))
        out.push({ rule: this.rules[i] as Rule<Meaning>, match });
    return out;
  }
}
