// Splits text into words, numbers and punctuation once, each token keeping its exact offsets in the article.

/** One token. Offsets are into the article, so a fact's provenance span is exact whatever the tagger did. */
export interface Token {
  /** As written. */
  text: string;
  /** Lower case without accents: the key lexicons and patterns look up. */
  key: string;
  /** The dictionary form from the word-forms table ("established" → "establish"), else `key`. */
  lemma: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
  /** Whitespace before the token. */
  space: boolean;
  /** A line break before the token (a new table row). */
  newline: boolean;
  /** Starts with an upper-case letter. */
  upper: boolean;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const LETTER = /\p{L}|\p{M}/u;
const isLetter = (text: string, at: number): boolean => {
  const c = text.charCodeAt(at);
  if (c < 128) return isAsciiLetter(c);
  return LETTER.test(text.charAt(at));
};
const isUpper = (ch: string) => ch !== ch.toLowerCase();
const isSpace = (c: number) =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const isHyphen = (c: number) => c === 45 || c === 0x2011;
const GROUP_SEPARATORS = new Set([44, 46, 0xa0, 0x202f]);

/** Lower case without accents; kept cheap for plain ASCII. */
function foldKey(text: string): string {
  const lower = text.toLowerCase();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the printable ASCII range
  return /[^\x00-\x7f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'") : lower;
}

/** The end of a number starting at `at`: digits, thousands groups ("250,000", "250.000") and a decimal part. */
function numberEnd(text: string, at: number): number {
  let end = at;
  while (isDigit(text.charCodeAt(end))) end++;
  const firstRun = end - at;
  // Groups of exactly three digits after a separator, only when the first run is 1-3 digits long.
  let grouped = false;
  if (firstRun <= 3) {
    for (;;) {
      const sep = text.charCodeAt(end);
      if (!GROUP_SEPARATORS.has(sep)) break;
      let digits = 0;
      while (digits < 4 && isDigit(text.charCodeAt(end + 1 + digits))) digits++;
      if (digits !== 3) break;
      grouped = true;
      end += 4;
    }
  }
  // A decimal part: one separator, then digits ("1.5", "2,5", "1,234.56").
  const sep = text.charCodeAt(end);
  if ((sep === 46 || sep === 44) && isDigit(text.charCodeAt(end + 1))) {
    let digits = end + 1;
    while (isDigit(text.charCodeAt(digits))) digits++;
    // "250,000" read above; "1,2" and "1.25" are decimals, but "2006,2007" is two years, not a decimal.
    if (!(firstRun === 4 && !grouped && sep === 44)) end = digits;
  }
  return end;
}

/** The end of a word starting at `at`: letters and marks, with inner hyphens, apostrophes and "U.S." dots. */
function wordEnd(text: string, at: number): number {
  let end = at;
  let capitals = true;
  let digits = false;
  for (;;) {
    while (end < text.length && (isLetter(text, end) || isDigit(text.charCodeAt(end)))) {
      const c = text.charCodeAt(end);
      if (isDigit(c)) {
        // "AUD13.2M": a run of three or more capitals then digits is a code before a number ("COVID-19" is not).
        if (capitals && !digits && end - at >= 3 && isLetter(text, end - 1)) return end;
        digits = true;
      } else if (!(c >= 65 && c <= 90)) capitals = false;
      end++;
    }
    const c = text.charCodeAt(end);
    const next = end + 1;
    // "re-established", "COVID-19", "G-20" hold together; "mid-2019" is "mid" and a year.
    const digitAfter = isDigit(text.charCodeAt(next));
    if (isHyphen(c) && next < text.length && (isLetter(text, next) || (digitAfter && capitals && !digits))) {
      end = next;
      continue;
    }
    // "d'Ivoire", "O'Brien" keep the apostrophe; "Denmark's" and "Albanians'" do not (a possessive token follows).
    if (isApostrophe(c) && next < text.length && isLetter(text, next)) {
      const after = text.charAt(next);
      const possessive = (after === 's' || after === 'S') && !(next + 1 < text.length && isLetter(text, next + 1));
      if (!possessive) {
        end = next;
        continue;
      }
    }
    // "U.S.", "U.K.": single letters joined by full stops.
    if (c === 46 && end - at === 1 && next < text.length && isLetter(text, next) && text.charCodeAt(next + 1) === 46) {
      end = next + 2;
      while (isLetter(text, end) && text.charCodeAt(end + 1) === 46 && !isLetter(text, end + 1)) end += 2;
      return end;
    }
    return end;
  }
}

/**
 * Tokens of `text[from, to)`, with offsets into `text`. Linear: each character is read once or twice.
 * `lemmaOf` maps a token key to its dictionary form.
 */
export function tokenize(
  text: string,
  from = 0,
  to = text.length,
  lemmaOf: (key: string) => string | undefined = () => undefined,
): Token[] {
  const tokens: Token[] = [];
  const end = Math.min(to, text.length);
  let at = Math.max(0, from);
  let space = false;
  let newline = false;
  while (at < end) {
    const c = text.charCodeAt(at);
    if (isSpace(c)) {
      space = true;
      if (c === 10) newline = true;
      at++;
      continue;
    }
    let stop: number;
    let kind: Token['kind'];
    if (isDigit(c)) {
      stop = Math.min(numberEnd(text, at), end);
      kind = 'number';
    } else if (isLetter(text, at)) {
      stop = Math.min(wordEnd(text, at), end);
      kind = 'word';
    } else if (
      isApostrophe(c) &&
      (text.charAt(at + 1) === 's' || text.charAt(at + 1) === 'S') &&
      !isLetter(text, at + 2)
    ) {
      // The possessive "'s" is one token.
      stop = Math.min(at + 2, end);
      kind = 'word';
    } else {
      // A surrogate pair (an emoji) stays whole.
      stop = Math.min(c >= 0xd800 && c < 0xdc00 ? at + 2 : at + 1, end);
      kind = 'punct';
    }
    const written = text.slice(at, stop);
    const key = foldKey(written);
    tokens.push({
      text: written,
      key,
      lemma: (kind === 'word' && lemmaOf(key)) || key,
      start: at,
      end: stop,
      kind,
      space,
      newline,
      upper: kind === 'word' && isUpper(written.charAt(0)),
    });
    space = false;
    newline = false;
    at = stop;
  }
  return tokens;
}

/** Tokens as written, single-spaced: a phrase read out of a sentence ("St. Jude's Hospital"). */
export const spelled = (tokens: readonly Token[]): string =>
  tokens.map((t, i) => (i > 0 && t.space ? ' ' : '') + t.text).join('');

/** The key of the word before token `at`, past one "the" ("with the Netherlands": "with"); '' at the start. */
export const keyBefore = (tokens: readonly Token[], at: number): string =>
  (tokens[at - 1]?.key === 'the' ? tokens[at - 2]?.key : tokens[at - 1]?.key) ?? '';
