// Runs compiled patterns over a tagged sentence. A pattern is linked once into a graph whose every node knows what
// follows it, so matching allocates no closures; every element is bounded (gaps, lists, tag lengths), so a match
// attempt costs a constant and a scan is linear in the sentence.
import type { Tag, TaggedTokens } from '../tag/tag.ts';
import type { Token } from '../text/tokenize.ts';
import type { CompiledPattern, PatternNode } from './compile-pattern.ts';

/** What a capture holds: its token span and, for a tag, the tag (a list capture holds one entry per item). */
export type Capture = { start: number; end: number; tag?: Tag };

/** One match: its token span and its captures by name. */
export type PatternMatch = { start: number; end: number; captures: Map<string, Capture[]> };

/** The first capture of `name` in a match. */
export const captured = (match: PatternMatch, name: string): Capture | undefined => match.captures.get(name)?.[0];

/** The country code of a capture of a `{COUNTRY}` tag. */
export const countryOf = (c: Capture | undefined): string | undefined =>
  (c?.tag as Tag<'COUNTRY'> | undefined)?.value.code;

/** Tags the tagger does not store but the matcher computes where asked: a name, a place. */
export type ComputedTags = Record<string, (tagged: TaggedTokens, i: number) => Tag[]>;

/** Whether a tag has the attribute a pattern asks for (`COUNTRY.pair`, `COUNTRY.adj`, `MISSION.plural`...). */
export type AttrTest = (tag: Tag, attr: string) => boolean;

/** The most items a list `{TAG+}` takes. */
const MAX_LIST = 30;
const LIST_JOINERS = new Set([',', 'and', 'or', '&']);

/** A pattern linked into a graph: each node holds the node that follows it. */
export type Step =
  | { t: 'word'; lemma: string; next: Step }
  | { t: 'exact'; key: string; next: Step }
  | { t: 'words'; lemmas: Set<string>; keys: Set<string>; next: Step }
  | { t: 'any'; next: Step }
  | { t: 'start'; next: Step }
  | { t: 'end'; next: Step }
  | { t: 'split'; options: Step[] }
  | { t: 'gap'; max: number; next: Step }
  | { t: 'not'; inner: Step; next: Step }
  | { t: 'tag'; type: string; attr?: string; list: boolean; name?: string; next: Step }
  | { t: 'open'; name: string; next: Step }
  | { t: 'close'; name: string; next: Step }
  | { t: 'accept' }
  | { t: 'lookahead-ok' };

const ACCEPT: Step = { t: 'accept' };
const LOOKAHEAD_OK: Step = { t: 'lookahead-ok' };

/** Links a pattern tree into a graph that ends in `next`. */
export function linkPattern(node: PatternNode, next: Step = ACCEPT): Step {
  switch (node.t) {
    case 'word':
      return { t: 'word', lemma: node.lemma, next };
    case 'exact':
      return { t: 'exact', key: node.key, next };
    case 'any':
      return { t: 'any', next };
    case 'start':
      return { t: 'start', next };
    case 'end':
      return { t: 'end', next };
    case 'seq': {
      let step = next;
      for (let i = node.items.length - 1; i >= 0; i--) step = linkPattern(node.items[i] as PatternNode, step);
      return step;
    }
    case 'alts':
      // "{give|donate|provide|...}": one-word alternatives are one set lookup, not a try per word.
      if (node.options.length > 2 && node.options.every((o) => o.t === 'word' || o.t === 'exact'))
        return {
          t: 'words',
          lemmas: new Set(node.options.flatMap((o) => (o.t === 'word' ? [o.lemma] : []))),
          keys: new Set(node.options.flatMap((o) => (o.t === 'exact' ? [o.key] : []))),
          next,
        };
      return { t: 'split', options: node.options.map((o) => linkPattern(o, next)) };
    case 'opt':
      return { t: 'split', options: [linkPattern(node.node, next), next] };
    case 'gap':
      return { t: 'gap', max: node.max, next };
    case 'not':
      return { t: 'not', inner: linkPattern(node.node, LOOKAHEAD_OK), next };
    case 'tag':
      return { t: 'tag', type: node.type, list: node.list, ...(node.attr ? { attr: node.attr } : {}), next };
    case 'cap':
      if (node.node.t === 'tag') {
        const tag = node.node;
        return {
          t: 'tag',
          type: tag.type,
          list: tag.list,
          ...(tag.attr ? { attr: tag.attr } : {}),
          name: node.name,
          next,
        };
      }
      return { t: 'open', name: node.name, next: linkPattern(node.node, { t: 'close', name: node.name, next }) };
  }
}

type Env = {
  tagged: TaggedTokens;
  tokens: Token[];
  computed: ComputedTags;
  attr: AttrTest;
  caps: [string, Capture][];
  opens: number[];
  end: number;
};

function tagsAt(env: Env, type: string, attr: string | undefined, i: number): Tag[] {
  const compute = env.computed[type];
  const tags = compute ? compute(env.tagged, i) : env.tagged.at(i, type as never);
  const fit = attr === undefined ? tags : tags.filter((t) => env.attr(t, attr));
  return fit.length > 1 ? [...fit].sort((a, b) => b.end - a.end) : fit;
}

/** The joiner after a list item: ",", "and", ", and", "as well as"; returns the index after it, or -1. */
function joinerEnd(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t) return -1;
  if (t.key === 'as' && tokens[i + 1]?.key === 'well' && tokens[i + 2]?.key === 'as') return i + 3;
  if (!LIST_JOINERS.has(t.key)) return -1;
  let next = t.key === ',' && (tokens[i + 1]?.key === 'and' || tokens[i + 1]?.key === 'or') ? i + 2 : i + 1;
  // "NATO, the Council of Europe and the OSCE", "of the OAS and of the Commonwealth": words that open an item.
  if (tokens[next]?.key === 'of' || tokens[next]?.key === 'in') next++;
  if (tokens[next]?.key === 'the') next++;
  return next;
}

/** The end of a bracketed aside right after a list item ("Jersey (in the Channel Islands)"), else `at`. */
function afterAside(tokens: Token[], at: number): number {
  if (tokens[at]?.text !== '(') return at;
  for (let j = at + 1; j < at + 10 && j < tokens.length; j++) if (tokens[j]?.text === ')') return j + 1;
  return at;
}

function run(env: Env, step: Step, i: number): boolean {
  const tokens = env.tokens;
  switch (step.t) {
    case 'accept':
      env.end = i;
      return true;
    case 'lookahead-ok':
      return true;
    case 'word':
      return tokens[i]?.lemma === step.lemma && run(env, step.next, i + 1);
    case 'exact':
      return tokens[i]?.key === step.key && run(env, step.next, i + 1);
    case 'words': {
      const token = tokens[i];
      return (
        token !== undefined && (step.lemmas.has(token.lemma) || step.keys.has(token.key)) && run(env, step.next, i + 1)
      );
    }
    case 'any':
      return i < tokens.length && tokens[i]?.key !== ';' && run(env, step.next, i + 1);
    case 'start':
      return i === 0 && run(env, step.next, i);
    case 'end':
      return (
        (i === tokens.length || (i === tokens.length - 1 && /^[.!?]$/.test(tokens[i]?.key ?? ''))) &&
        run(env, step.next, i)
      );
    case 'split':
      for (const option of step.options) if (run(env, option, i)) return true;
      return false;
    case 'gap':
      for (let n = 0; n <= step.max; n++) {
        if (n > 0) {
          const skipped = tokens[i + n - 1];
          // A gap never crosses a clause break or leaves the sentence.
          if (!skipped || skipped.key === ';' || skipped.key === '.') return false;
        }
        if (run(env, step.next, i + n)) return true;
      }
      return false;
    case 'not': {
      const caps = env.caps.length;
      const opens = env.opens.length;
      const found = run(env, step.inner, i);
      env.caps.length = caps;
      env.opens.length = opens;
      return !found && run(env, step.next, i);
    }
    case 'open': {
      env.opens.push(i);
      if (run(env, step.next, i)) return true;
      env.opens.pop();
      return false;
    }
    case 'close': {
      const start = env.opens.pop() as number;
      env.caps.push([step.name, { start, end: i }]);
      if (run(env, step.next, i)) return true;
      env.caps.pop();
      env.opens.push(start);
      return false;
    }
    case 'tag':
      return step.list ? runList(env, step, i) : runTag(env, step, i);
  }
}

function runTag(env: Env, step: Extract<Step, { t: 'tag' }>, i: number): boolean {
  const mark = env.caps.length;
  for (const tag of tagsAt(env, step.type, step.attr, i)) {
    if (step.name) env.caps.push([step.name, { start: tag.start, end: tag.end, tag }]);
    if (run(env, step.next, tag.end)) return true;
    env.caps.length = mark;
  }
  return false;
}

function runList(env: Env, step: Extract<Step, { t: 'tag' }>, i: number): boolean {
  const mark = env.caps.length;
  // The longest chain first, then shorter ones.
  const chain: Tag[] = [];
  let at = i;
  while (chain.length < MAX_LIST) {
    const tag = tagsAt(env, step.type, step.attr, at)[0];
    if (!tag) break;
    chain.push(tag);
    const next = joinerEnd(env.tokens, afterAside(env.tokens, tag.end));
    if (next < 0) break;
    at = next;
  }
  for (let n = chain.length; n > 0; n--) {
    if (step.name)
      for (let k = 0; k < n; k++) {
        const tag = chain[k] as Tag;
        env.caps.push([step.name, { start: tag.start, end: tag.end, tag }]);
      }
    if (run(env, step.next, (chain[n - 1] as Tag).end)) return true;
    env.caps.length = mark;
  }
  return false;
}

const ANCHORED: readonly number[] = [0];
const NONE_STARTS: readonly number[] = [];

/** The tokens a match may start at, from the sentence's index of keys: most sentences offer few, or none. */
function startsOf(pattern: CompiledPattern, tagged: TaggedTokens): Iterable<number> {
  const { first } = pattern;
  const n = tagged.tokens.length;
  if (first.anchored) return n > 0 ? ANCHORED : NONE_STARTS;
  if (first.any) return Array.from({ length: n }, (_, i) => i);
  const lists: (readonly number[])[] = [];
  for (const word of first.words) lists.push(tagged.positions(word));
  for (const tag of first.tags) lists.push(tagged.positions(`#${tag}`));
  if (first.upper) lists.push(tagged.positions('^upper'));
  const nonEmpty = lists.filter((l) => l.length > 0);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
  const marked = new Uint8Array(n);
  for (const list of nonEmpty) for (const i of list) marked[i] = 1;
  const starts: number[] = [];
  for (let i = 0; i < n; i++) if (marked[i]) starts.push(i);
  return starts;
}

function matchFrom(env: Env, pattern: CompiledPattern, start: number): PatternMatch | undefined {
  env.caps.length = 0;
  env.opens.length = 0;
  if (!run(env, pattern.graph, start)) return undefined;
  const captures = new Map<string, Capture[]>();
  for (const [name, capture] of env.caps) {
    const list = captures.get(name);
    if (list) list.push(capture);
    else captures.set(name, [capture]);
  }
  return { start, end: env.end, captures };
}

const envOf = (tagged: TaggedTokens, computed: ComputedTags, attr: AttrTest): Env => ({
  tagged,
  tokens: tagged.tokens,
  computed,
  attr,
  caps: [],
  opens: [],
  end: -1,
});

/** The match of `pattern` starting exactly at token `start`, if there is one. */
export function matchAt(
  pattern: CompiledPattern,
  tagged: TaggedTokens,
  start: number,
  computed: ComputedTags,
  attr: AttrTest,
): PatternMatch | undefined {
  return matchFrom(envOf(tagged, computed, attr), pattern, start);
}

/**
 * Every match of `pattern` in the sentence, one per start token, left to right (they may overlap). Patterns whose
 * required words or tags the sentence lacks are skipped without a try.
 */
export function findMatches(
  pattern: CompiledPattern,
  tagged: TaggedTokens,
  computed: ComputedTags,
  attr: AttrTest,
): PatternMatch[] {
  for (const key of pattern.required) if (!tagged.keys.has(key)) return [];
  for (const group of pattern.requiredAny) if (!group.some((key) => tagged.keys.has(key))) return [];
  const found: PatternMatch[] = [];
  const env = envOf(tagged, computed, attr);
  // Matches may overlap: a reader that rejects one (a third country, a wrong side) still sees the next.
  for (const start of startsOf(pattern, tagged)) {
    const match = matchFrom(env, pattern, start);
    if (match) found.push(match);
  }
  return found;
}
