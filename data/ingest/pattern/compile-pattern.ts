// Compiles a pattern of the small pattern language (see README, "Patterns") into a tree the matcher walks.
import { tokenize } from '../text/tokenize.ts';
import { linkPattern, type Step } from './match-pattern.ts';

/** A compiled pattern element. */
export type PatternNode =
  | { t: 'word'; lemma: string }
  | { t: 'exact'; key: string }
  | { t: 'seq'; items: PatternNode[] }
  | { t: 'alts'; options: PatternNode[] }
  | { t: 'opt'; node: PatternNode }
  | { t: 'gap'; max: number }
  | { t: 'not'; node: PatternNode }
  | { t: 'tag'; type: string; attr?: string; list: boolean }
  | { t: 'any' }
  | { t: 'start' }
  | { t: 'end' }
  | { t: 'cap'; name: string; node: PatternNode };

/**
 * What a match can start with: token keys or lemmas, tag types, a capitalised word (for computed tags), or anything
 * (`any`). The matcher tries a start token only when it fits, which skips most tokens of most sentences.
 */
export type FirstSet = { words: Set<string>; tags: Set<string>; upper: boolean; any: boolean; anchored?: boolean };

/** A compiled pattern: its tree, the keys (lemmas, `#TAG`s) a sentence must have for it to match, its first set. */
export type CompiledPattern = {
  source: string;
  root: PatternNode;
  graph: Step;
  required: string[];
  /** Groups of keys of which a sentence must hold one each: the alternatives on the pattern's required path. */
  requiredAny: string[][];
  first: FirstSet;
};

const COMPUTED = new Set(['NAME', 'PLACE', 'CITYNAME', 'ORGNAME']);

/** The first set of a node, and whether it can match nothing (so what follows it can come first). */
function firstOf(node: PatternNode, set: FirstSet): boolean {
  switch (node.t) {
    case 'word':
      set.words.add(node.lemma);
      return false;
    case 'exact':
      set.words.add(node.key);
      return false;
    case 'tag':
      if (COMPUTED.has(node.type)) set.upper = true;
      else set.tags.add(node.type);
      return false;
    case 'cap':
      return firstOf(node.node, set);
    case 'seq':
      for (const item of node.items) if (!firstOf(item, set)) return false;
      return true;
    case 'alts': {
      let empty = false;
      for (const option of node.options) if (firstOf(option, set)) empty = true;
      return empty;
    }
    case 'opt':
      firstOf(node.node, set);
      return true;
    case 'gap':
    case 'not':
    case 'start':
    case 'end':
      return true;
    case 'any':
      set.any = true;
      return false;
  }
}

/** The longest gap `...` may skip when no bound is written. */
const DEFAULT_GAP = 6;

const SPECIAL = new Set(['[', ']', '(', ')', '{', '}', '|']);

/** Splits a pattern into its symbols: brackets, bars, and words (with any `:name` glued to a closing bracket). */
function lex(source: string): string[] {
  const symbols: string[] = [];
  let at = 0;
  while (at < source.length) {
    const ch = source.charAt(at);
    if (ch === ' ' || ch === '\t' || ch === '\n') {
      at++;
      continue;
    }
    if (ch === '\\' && at + 1 < source.length) {
      // "\|" is the bar itself, a table's cell separator.
      symbols.push(`\\${source.charAt(at + 1)}`);
      at += 2;
      continue;
    }
    if (ch === '{') {
      const close = source.indexOf('}', at);
      if (close < 0) throw new Error(`unclosed { in pattern: ${source}`);
      symbols.push(source.slice(at, close + 1));
      at = close + 1;
    } else if (SPECIAL.has(ch)) {
      symbols.push(ch);
      at++;
    } else {
      let end = at;
      while (end < source.length && !SPECIAL.has(source.charAt(end)) && !/\s/.test(source.charAt(end))) end++;
      symbols.push(source.slice(at, end));
      at = end;
    }
    // ":name" right after a closing bracket captures the element before it.
    if (source.charAt(at) === ':' && /[})\]]$/.test(symbols.at(-1) ?? '')) {
      let end = at + 1;
      while (end < source.length && /\w/.test(source.charAt(end))) end++;
      symbols.push(source.slice(at, end));
      at = end;
    }
  }
  return symbols;
}

/** The node for one written word: its lemma through the same tokenizer and word-forms table as the text. */
function wordNode(word: string, lemmaOf: (key: string) => string | undefined): PatternNode {
  if (word.startsWith('=') && word.length > 1) {
    const tokens = tokenize(word.slice(1));
    return tokens.length === 1
      ? { t: 'exact', key: (tokens[0] as { key: string }).key }
      : { t: 'seq', items: tokens.map((tok) => ({ t: 'exact', key: tok.key }) as PatternNode) };
  }
  const tokens = tokenize(word, 0, word.length, lemmaOf);
  const nodes = tokens.map((tok) => ({ t: 'word', lemma: tok.lemma }) as PatternNode);
  return nodes.length === 1 ? (nodes[0] as PatternNode) : { t: 'seq', items: nodes };
}

/** The inside of `{...}`: a tag (`COUNTRY`, `COUNTRY.adj`, `CITY+`, with `:name`) or words (`have|maintain|set up`). */
function braceNode(inner: string, lemmaOf: (key: string) => string | undefined): PatternNode {
  const tag = /^([A-Z_]+)(?:\.([a-z-]+))?(\+)?(?::(\w+))?$/.exec(inner);
  if (tag) {
    const node: PatternNode = {
      t: 'tag',
      type: tag[1] as string,
      list: tag[3] === '+',
      ...(tag[2] ? { attr: tag[2] } : {}),
    };
    return tag[4] ? { t: 'cap', name: tag[4], node } : node;
  }
  const options = inner.split('|').map((option) => {
    const words = option.trim().split(/\s+/).filter(Boolean);
    const nodes = words.map((w) => wordNode(w, lemmaOf));
    return nodes.length === 1 ? (nodes[0] as PatternNode) : ({ t: 'seq', items: nodes } as PatternNode);
  });
  return options.length === 1 ? (options[0] as PatternNode) : { t: 'alts', options };
}

/** Compiles `source`. Throws on a malformed pattern: patterns are data written by developers, checked by tests. */
export function compilePattern(source: string, lemmaOf: (key: string) => string | undefined): CompiledPattern {
  const symbols = lex(source);
  let at = 0;
  const seq = (closers: string[]): PatternNode => {
    const items: PatternNode[] = [];
    while (at < symbols.length && !closers.includes(symbols[at] as string)) {
      let node = item();
      const next = symbols[at];
      if (next?.startsWith(':') && next.length > 1) {
        node = { t: 'cap', name: next.slice(1), node };
        at++;
      }
      items.push(node);
    }
    return items.length === 1 ? (items[0] as PatternNode) : { t: 'seq', items };
  };
  const item = (): PatternNode => {
    const symbol = symbols[at++] as string;
    if (symbol === '[') {
      const node = seq([']']);
      at++;
      return { t: 'opt', node };
    }
    if (symbol === '(') {
      const options = [seq(['|', ')'])];
      while (symbols[at] === '|') {
        at++;
        options.push(seq(['|', ')']));
      }
      at++;
      return options.length === 1 ? (options[0] as PatternNode) : { t: 'alts', options };
    }
    if (symbol.startsWith('{')) {
      const brace = braceNode(symbol.slice(1, -1), lemmaOf);
      // "{COUNTRY}:sender" captures too.
      return brace;
    }
    if (symbol.startsWith('...')) return { t: 'gap', max: symbol.length > 3 ? Number(symbol.slice(3)) : DEFAULT_GAP };
    if (symbol === '!') return { t: 'not', node: item() };
    if (symbol.startsWith('!')) {
      symbols[--at] = symbol.slice(1);
      return { t: 'not', node: item() };
    }
    if (symbol.startsWith('\\')) return wordNode(symbol.slice(1), lemmaOf);
    if (symbol === '^') return { t: 'start' };
    if (symbol === '$') return { t: 'end' };
    if (symbol === '_') return { t: 'any' };
    if (symbol === ']' || symbol === ')' || symbol === '|')
      throw new Error(`unexpected ${symbol} in pattern: ${source}`);
    return wordNode(symbol, lemmaOf);
  };
  const root = seq([]);
  if (at < symbols.length) throw new Error(`unexpected ${symbols[at]} in pattern: ${source}`);
  const first: FirstSet = { words: new Set(), tags: new Set(), upper: false, any: false };
  if (firstOf(root, first)) first.any = true;
  // "^ ...6 @DOC": a pattern that starts at the sentence's start is tried there only (its first set, which skips
  // the gap, would start it at the words after the gap, where "^" never holds).
  if (root.t === 'start' || (root.t === 'seq' && root.items[0]?.t === 'start')) first.anchored = true;
  return {
    source,
    root,
    graph: linkPattern(root),
    required: [...requiredKeys(root)],
    requiredAny: anyGroups(root),
    first,
  };
}

/** For each alternation on the required path, the keys one of which must be in the sentence. */
function anyGroups(node: PatternNode): string[][] {
  switch (node.t) {
    case 'seq':
      return node.items.flatMap(anyGroups);
    case 'cap':
      return anyGroups(node.node);
    case 'alts': {
      const set: FirstSet = { words: new Set(), tags: new Set(), upper: false, any: false };
      let nullable = false;
      for (const option of node.options) if (firstOf(option, set)) nullable = true;
      if (nullable || set.any || set.upper) return [];
      return [[...set.words, ...[...set.tags].map((t) => `#${t}`)]];
    }
    default:
      return [];
  }
}

/** Keys every match needs: the words and tags outside optional parts, alternatives and lookaheads. */
function requiredKeys(node: PatternNode): Set<string> {
  switch (node.t) {
    case 'word':
      return new Set([node.lemma]);
    case 'exact':
      return new Set([node.key]);
    case 'tag':
      return ['COUNTRY', 'CITY', 'ORG', 'MISSION', 'DATE', 'MONEY', 'NUMBER', 'PERSON', 'OFFICE', 'PAIR'].includes(
        node.type,
      )
        ? new Set([`#${node.type}`])
        : new Set();
    case 'seq':
      return new Set(node.items.flatMap((i) => [...requiredKeys(i)]));
    case 'cap':
      return requiredKeys(node.node);
    default:
      return new Set();
  }
}
