// Splits a block's tokens into sentences, and drops citation marks and wiki markup from what a sentence says.
import type { Token } from './tokenize.ts';

/** A sentence: tokens [start, end) of its block, and the content tokens patterns read (no "[1]", no "[["). */
export type SentenceTokens = { start: number; end: number; content: Token[]; row: boolean };

const ABBREVIATIONS = new Set(
  'mr mrs ms dr st prof gen lt col capt sgt jr sr vs etc e.g i.e inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec no nos approx ca c mt ft hon rev est fig al'.split(
    ' ',
  ),
);
const TERMINAL = new Set(['.', '!', '?']);
const CLOSING = new Set(['"', "'", '”', '’', ')', ']', '»']);
const OPENING = new Set(['"', '“', "'", '‘', '(', '«']);
const MARK_WORDS = new Set([
  'citation',
  'needed',
  'clarification',
  'when',
  'who',
  'which',
  'dubious',
  'discuss',
  'note',
  'nb',
]);

/** The end of a citation mark "[1]", "[a]", "[citation needed]" starting at `i`, or -1. */
function citationEnd(tokens: Token[], i: number): number {
  if (tokens[i]?.text !== '[' || tokens[i + 1]?.text === '[') return -1;
  for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
    const t = tokens[j] as Token;
    if (t.text === ']') return j > i + 1 ? j + 1 : -1;
    const mark =
      t.kind === 'number' ||
      (t.kind === 'word' && (t.text.length <= 2 || MARK_WORDS.has(t.key))) ||
      t.text === '?' ||
      t.text === ' ';
    if (!mark) return -1;
  }
  return -1;
}

/**
 * Content tokens: without citation marks, wiki-link brackets and their targets ("[[a|b]]" reads "b"), or "''".
 * Each token is looked at a bounded number of times.
 */
function contentTokens(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const mark = citationEnd(tokens, i);
    if (mark > 0) {
      i = mark - 1;
      continue;
    }
    if ((t.text === '[' && tokens[i + 1]?.text === '[') || (t.text === ']' && tokens[i + 1]?.text === ']')) {
      // "[[target|label]]": skip the brackets, and the target when a bar follows within a few tokens.
      i++;
      if (t.text === '[') {
        for (let j = i + 1; j < tokens.length && j <= i + 8; j++) {
          if (tokens[j]?.text === ']') break;
          if (tokens[j]?.text === '|') {
            i = j;
            break;
          }
        }
      }
      continue;
    }
    // "''italic''", "'''bold'''": wiki emphasis marks.
    if (t.text === "'" && tokens[i + 1]?.text === "'" && !tokens[i + 1]?.space) {
      let j = i + 1;
      while (tokens[j]?.text === "'" && !tokens[j]?.space) j++;
      i = j - 1;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Whether the word before a full stop makes it an abbreviation or an initial, not a sentence end. */
function abbreviation(before: Token | undefined): boolean {
  if (before?.kind !== 'word') return false;
  if (before.text.length === 1 && before.upper) return true;
  return ABBREVIATIONS.has(before.key);
}

/**
 * Sentences of a block's tokens. A line holding a "|" (a flattened table row) is a sentence of its own. A stop
 * ends a sentence when a capital, a digit or an opening quote follows after a space.
 */
export function splitSentences(tokens: Token[], item: boolean): SentenceTokens[] {
  const sentences: SentenceTokens[] = [];
  const push = (start: number, end: number, row: boolean) => {
    if (end > start) sentences.push({ start, end, content: contentTokens(tokens.slice(start, end)), row });
  };
  if (item) {
    push(
      0,
      tokens.length,
      tokens.some((t) => t.text === '|'),
    );
    return sentences;
  }
  // Lines with cells are rows; prose runs between them.
  let lineStart = 0;
  let proseStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !(tokens[i] as Token).newline) continue;
    let row = false;
    for (let j = lineStart; j < i; j++) if ((tokens[j] as Token).text === '|') row = true;
    if (row) {
      splitProse(tokens, proseStart, lineStart, push);
      push(lineStart, i, true);
      proseStart = i;
    }
    lineStart = i;
  }
  splitProse(tokens, proseStart, tokens.length, push);
  return sentences;
}

function splitProse(
  tokens: Token[],
  from: number,
  to: number,
  push: (start: number, end: number, row: boolean) => void,
) {
  let start = from;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (!TERMINAL.has(t.text)) continue;
    let end = i + 1;
    while (end < to && TERMINAL.has((tokens[end] as Token).text) && !(tokens[end] as Token).space) end++;
    for (;;) {
      const mark = citationEnd(tokens, end);
      if (end < to && mark > 0 && mark <= to) end = mark;
      else if (end < to && CLOSING.has((tokens[end] as Token).text) && !(tokens[end] as Token).space) end++;
      else break;
    }
    const next = tokens[end];
    if (!next || end >= to || !next.space) {
      i = end - 1;
      continue;
    }
    const starts = next.upper || next.kind === 'number' || OPENING.has(next.text);
    if (!starts || (t.text === '.' && end === i + 1 && abbreviation(tokens[i - 1]))) {
      i = end - 1;
      continue;
    }
    push(start, end, false);
    start = end;
    i = end - 1;
  }
  push(start, to, false);
}
