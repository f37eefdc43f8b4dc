// Splits prose into sentences, keeping each one's character offsets in the original text.

/** A sentence: [start, end) offsets into the text it was split from. */
export type SentenceSpan = { start: number; end: number };

const ABBREVIATIONS = new Set(
  'mr mrs ms dr st prof gen lt col capt sgt jr sr vs etc e.g i.e inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec no nos approx ca c mt ft hon rev est fig al u.s u.k d.c'.split(
    ' ',
  ),
);

// A full stop, question or exclamation mark, closing quotes or brackets, then space.
const BOUNDARY = /[.!?]+(?:\[[^\]\s]{1,20}\])*["'”’)\]]*(?:\[[^\]\s]{1,20}\])*\s+/g;

/** Whether the word before a full stop makes it an abbreviation or an initial rather than a sentence end. */
function isAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Sentence spans in `text` (offsets relative to `text`, plus `offset`), trimmed of surrounding space. A line with
 * cells ("Danes in Mexico | 1,500 | 2020", a flattened table row) is a sentence of its own.
 */
export function splitSentences(text: string, offset = 0): SentenceSpan[] {
  if (!text.includes('|')) return splitProse(text, offset);
  const spans: SentenceSpan[] = [];
  let prose = 0;
  let at = 0;
  for (const line of text.split('\n')) {
    const end = at + line.length;
    if (line.includes('|')) {
      if (at > prose) spans.push(...splitProse(text.slice(prose, at), offset + prose));
      pushTrimmed(text, at, end, offset, spans);
      prose = end + 1;
    }
    at = end + 1;
  }
  if (prose < text.length) spans.push(...splitProse(text.slice(prose), offset + prose));
  return spans;
}

function splitProse(text: string, offset: number): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const stop = match.index;
    const next = text.charAt(stop + match[0].length);
    if (!/[\p{Lu}\p{N}"“'‘(]/u.test(next)) continue;
    if (
      match[0].startsWith('.') &&
      !match[0].startsWith('..') &&
      isAbbreviation(text.slice(Math.max(start, stop - 24), stop))
    )
      continue;
    const end = stop + match[0].trimEnd().length;
    pushTrimmed(text, start, end, offset, spans);
    start = stop + match[0].length;
  }
  pushTrimmed(text, start, text.length, offset, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, offset: number, spans: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (e > s) spans.push({ start: s + offset, end: e + offset });
}
