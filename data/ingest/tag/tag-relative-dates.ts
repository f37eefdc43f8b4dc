// Dates told relative to an earlier one: "a month later", "two years later", "the following year", "later that
// month", resolved from the last date before them (in the sentence, else in the paragraph's sentences before it), at
// the precision that date allows: a month after a year-only date is no date at all, never a guess.
import { previousOf, type SentenceContext } from '../context/sentence-context.ts';
import { NUMBER_WORDS } from '../lexicon/number-words.ts';
import type { Token } from '../text/tokenize.ts';
import type { Tag } from './tag.ts';

// How many units: the lexicon's number words, and "an" ("an hour later" reads as one).
const COUNTS: Record<string, number> = { ...NUMBER_WORDS, an: 1 };
const UNITS: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
};
const CUES = ['later', 'following', 'next'];

type Relative = { start: number; end: number; unit: 'day' | 'week' | 'month' | 'year'; n: number };

/** A relative date starting at token `i`, if one does. */
function relativeAt(tokens: Token[], i: number): Relative | undefined {
  const t = tokens[i] as Token;
  // "a month later", "two years later", "3 days later"
  const n = COUNTS[t.key] ?? (t.kind === 'number' && /^\d{1,2}$/.test(t.text) ? Number(t.text) : undefined);
  const unit = UNITS[tokens[i + 1]?.key ?? ''];
  if (n !== undefined && unit && tokens[i + 2]?.key === 'later') return { start: i, end: i + 3, unit, n };
  // "the following year", "the next month"
  const next = UNITS[tokens[i + 2]?.key ?? ''];
  if (t.key === 'the' && ['following', 'next'].includes(tokens[i + 1]?.key ?? '') && next)
    return { start: i, end: i + 3, unit: next, n: 1 };
  // "later that year", "later that month"
  const same = UNITS[tokens[i + 2]?.key ?? ''];
  if (t.key === 'later' && tokens[i + 1]?.key === 'that' && same) return { start: i, end: i + 3, unit: same, n: 0 };
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The date `r` after `base` (EDTF; an interval counts from its end), at the precision both allow. */
function shiftDate(base: string, unit: Relative['unit'], n: number): string | undefined {
  const last = base.includes('/') ? (base.split('/')[1] as string) : base;
  const [y, m, d] = last.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (!Number.isInteger(y)) return undefined;
  if (unit === 'year') return String(y + n);
  if (m === undefined) return undefined;
  if (unit === 'month') {
    const months = y * 12 + (m - 1) + n;
    return `${Math.floor(months / 12)}-${pad((months % 12) + 1)}`;
  }
  if (d === undefined) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d + (unit === 'week' ? 7 * n : n)));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Tags relative dates as the dates they stand for, where an earlier date of the paragraph gives them. */
export function tagRelativeDates(sentence: SentenceContext): void {
  const { tagged } = sentence;
  if (!CUES.some((c) => tagged.keys.has(c))) return;
  const tokens = tagged.tokens;
  const found: Relative[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const r = relativeAt(tokens, i);
    if (r) {
      found.push(r);
      i = r.end - 1;
    }
  }
  for (const r of found) {
    // "three months later, on 15 April 1992": the date written beside it says it better.
    if (tagged.all('DATE').some((d) => d.start >= r.end && d.start <= r.end + 3)) continue;
    let base: Tag<'DATE'> | undefined = tagged
      .all('DATE')
      .filter((d) => d.end <= r.start)
      .at(-1);
    for (let earlier = previousOf(sentence); !base && earlier; earlier = previousOf(earlier))
      base = earlier.tagged.all('DATE').at(-1);
    const edtf = base ? shiftDate(base.value.edtf, r.unit, r.n) : undefined;
    if (edtf) tagged.add('DATE', r.start, r.end, { edtf });
  }
}
