// Runs compiled patterns over a tagged sentence. Every element is bounded (gaps, lists, tag lengths), so a match
// attempt costs a constant and a scan is linear in the sentence.
import type { Tag, TaggedTokens } from '../tag/tag.ts';
import type { Token } from '../text/tokenize.ts';
import type { CompiledPattern, PatternNode } from './compile-pattern.ts';

/** What a capture holds: its token span and, for a tag, the tag (a list capture holds one entry per item). */
export type Capture = { start: number; end: number; tag?: Tag };

/** One match: its token span and its captures by name. */
export type PatternMatch = { start: number; end: number; captures: Map<string, Capture[]> };

/** Tags the tagger does not store but the matcher computes where asked: a name, a place. */
export type ComputedTags = Record<string, (tagged: TaggedTokens, i: number) => Tag[]>;

/** Whether a tag has the attribute a pattern asks for (`COUNTRY.pair`, `COUNTRY.adj`, `MISSION.plural`...). */
export type AttrTest = (tag: Tag, attr: string) => boolean;

/** The most items a list `{TAG+}` takes. */
const MAX_LIST = 30;
const LIST_JOINERS = new Set([',', 'and', 'or', '&']);

type Env = { tagged: TaggedTokens; computed: ComputedTags; attr: AttrTest; caps: [string, Capture][] };

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

function matchNode(env: Env, node: PatternNode, i: number, k: (j: number) => boolean): boolean {
  const tokens = env.tagged.tokens;
  switch (node.t) {
    case 'word':
      return tokens[i]?.lemma === node.lemma && k(i + 1);
    case 'exact':
      return tokens[i]?.key === node.key && k(i + 1);
    case 'any':
      return i < tokens.length && tokens[i]?.key !== ';' && k(i + 1);
    case 'start':
      return i === 0 && k(i);
    case 'end':
      return (i === tokens.length || (i === tokens.length - 1 && /^[.!?]$/.test(tokens[i]?.key ?? ''))) && k(i);
    case 'seq':
      return matchSeq(env, node.items, 0, i, k);
    case 'alts':
      for (const option of node.options) if (matchNode(env, option, i, k)) return true;
      return false;
    case 'opt':
      return matchNode(env, node.node, i, k) || k(i);
    case 'gap': {
      for (let n = 0; n <= node.max; n++) {
        if (n > 0) {
          const skipped = tokens[i + n - 1];
          // A gap never crosses a clause break or leaves the sentence.
          if (!skipped || skipped.key === ';' || skipped.key === '.') return false;
        }
        if (k(i + n)) return true;
      }
      return false;
    }
    case 'not':
      return !matchNode(env, node.node, i, () => true) && k(i);
    case 'cap': {
      const mark = env.caps.length;
      const inner = node.node;
      if (inner.t === 'tag') return matchTag(env, inner, i, k, node.name);
      const ok = matchNode(env, inner, i, (j) => {
        env.caps.push([node.name, { start: i, end: j }]);
        if (k(j)) return true;
        env.caps.length = mark;
        return false;
      });
      if (!ok) env.caps.length = mark;
      return ok;
    }
    case 'tag':
      return matchTag(env, node, i, k, undefined);
  }
}

function matchTag(
  env: Env,
  node: Extract<PatternNode, { t: 'tag' }>,
  i: number,
  k: (j: number) => boolean,
  name: string | undefined,
): boolean {
  const mark = env.caps.length;
  if (!node.list) {
    for (const tag of tagsAt(env, node.type, node.attr, i)) {
      if (name) env.caps.push([name, { start: tag.start, end: tag.end, tag }]);
      if (k(tag.end)) return true;
      env.caps.length = mark;
    }
    return false;
  }
  // A list: the longest chain first, then shorter ones.
  const chain: Tag[] = [];
  let at = i;
  while (chain.length < MAX_LIST) {
    const tag = tagsAt(env, node.type, node.attr, at)[0];
    if (!tag) break;
    chain.push(tag);
    // "Jersey (in the Channel Islands), Lerwick": an aside in brackets after an item.
    let after = tag.end;
    if (env.tagged.tokens[after]?.text === '(') {
      for (let j = after + 1; j < after + 10 && j < env.tagged.tokens.length; j++)
        if (env.tagged.tokens[j]?.text === ')') {
          after = j + 1;
          break;
        }
    }
    const next = joinerEnd(env.tagged.tokens, after);
    if (next < 0) break;
    at = next;
  }
  for (let n = chain.length; n > 0; n--) {
    if (name) for (const tag of chain.slice(0, n)) env.caps.push([name, { start: tag.start, end: tag.end, tag }]);
    if (k((chain[n - 1] as Tag).end)) return true;
    env.caps.length = mark;
  }
  return false;
}

function matchSeq(env: Env, items: PatternNode[], index: number, i: number, k: (j: number) => boolean): boolean {
  if (index === items.length) return k(i);
  return matchNode(env, items[index] as PatternNode, i, (j) => matchSeq(env, items, index + 1, j, k));
}

/** The match of `pattern` starting exactly at token `start`, if there is one. */
export function matchAt(
  pattern: CompiledPattern,
  tagged: TaggedTokens,
  start: number,
  computed: ComputedTags,
  attr: AttrTest,
): PatternMatch | undefined {
  const env: Env = { tagged, computed, attr, caps: [] };
  let end = -1;
  if (
    !matchNode(env, pattern.root, start, (j) => {
      end = j;
      return true;
    })
  )
    return undefined;
  const captures = new Map<string, Capture[]>();
  for (const [name, capture] of env.caps) captures.set(name, [...(captures.get(name) ?? []), capture]);
  return { start, end, captures };
}

/**
 * Every match of `pattern` in the sentence, one per start token, left to right (they may overlap). Patterns whose required words or
 * tags the sentence lacks are skipped without a try.
 */
export function findMatches(
  pattern: CompiledPattern,
  tagged: TaggedTokens,
  computed: ComputedTags,
  attr: AttrTest,
): PatternMatch[] {
  for (const key of pattern.required) if (!tagged.keys.has(key)) return [];
  const found: PatternMatch[] = [];
  const env: Env = { tagged, computed, attr, caps: [] };
  const n = tagged.tokens.length;
  for (let start = 0; start < n; start++) {
    env.caps.length = 0;
    let end = -1;
    if (
      !matchNode(env, pattern.root, start, (j) => {
        end = j;
        return true;
      })
    )
      continue;
    const captures = new Map<string, Capture[]>();
    for (const [name, capture] of env.caps) captures.set(name, [...(captures.get(name) ?? []), capture]);
    // Matches may overlap: a reader that rejects one (a third country, a wrong side) still sees the next.
    found.push({ start, end, captures });
  }
  return found;
}
