// Tags dates with exactly the precision written, as EDTF: "1970", "2012-05", "1971-06-23", "2013-03-07/2013-03-09".
import type { Token } from '../text/tokenize.ts';
import type { TaggedTokens } from './tag.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Whether a day exists in the calendar: no 31 April, no 29 February outside leap years. */
const exists = (year: number, month: number, day: number) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};
const DASHES = new Set(['-', '–', '—', '‒']);
const RANGE_WORDS = new Set(['to', 'until', 'till', 'and', 'through']);
const ORDINALS = new Set(['st', 'nd', 'rd', 'th']);
const NOT_A_YEAR_AFTER = new Set(['million', 'billion', 'thousand', 'people', 'person', 'troops', 'soldiers', 'km']);

type Read = { end: number; edtf: string };

/** A year token (1500-2099) at `i`. */
function yearAt(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (t?.kind !== 'number' || !/^(?:1[5-9]|20)\d\d$/.test(t.text)) return undefined;
  return Number(t.text);
}

/** A day of the month at `i` ("7", "7th"): its value and the token after it. */
function dayAt(tokens: Token[], i: number): { day: number; next: number } | undefined {
  const t = tokens[i];
  if (t?.kind !== 'number' || !/^\d\d?$/.test(t.text)) return undefined;
  const day = Number(t.text);
  if (day < 1 || day > 31) return undefined;
  const suffix = tokens[i + 1];
  return { day, next: suffix && !suffix.space && ORDINALS.has(suffix.key) ? i + 2 : i + 1 };
}

/** A month name at `i` ("March", "Mar."): its number and the token after it. */
function monthAt(tagged: TaggedTokens, i: number): { month: number; next: number } | undefined {
  const tag = tagged.first(i, 'MONTH');
  if (!tag) return undefined;
  const dot = tagged.tokens[tag.end];
  return { month: tag.value.month, next: dot?.text === '.' && !dot.space ? tag.end + 1 : tag.end };
}

const skip = (tokens: Token[], i: number, text: string) => (tokens[i]?.key === text ? i + 1 : i);

/** The year after a month (", 1971", " of 1971"). */
function yearAfter(tokens: Token[], i: number): { year: number; end: number } | undefined {
  const at = skip(tokens, skip(tokens, i, ','), 'of');
  const year = yearAt(tokens, at);
  return year === undefined ? undefined : { year, end: at + 1 };
}

function readDate(tagged: TaggedTokens, i: number): Read | undefined {
  const tokens = tagged.tokens;
  const day = dayAt(tokens, i);
  if (day) {
    // "7 March 2013", "7th of March, 2013"
    const month = monthAt(tagged, skip(tokens, day.next, 'of'));
    if (month) {
      const year = yearAfter(tokens, month.next);
      if (year) return { end: year.end, edtf: `${year.year}-${pad(month.month)}-${pad(day.day)}` };
      // "30 November to 6 December 2013"
      const joiner = tokens[month.next];
      if (joiner && (DASHES.has(joiner.text) || RANGE_WORDS.has(joiner.key))) {
        const day2 = dayAt(tokens, month.next + 1);
        const month2 = day2 ? monthAt(tagged, day2.next) : undefined;
        const year2 = month2 ? yearAfter(tokens, month2.next) : undefined;
        if (day2 && month2 && year2) {
          const first = `${year2.year}-${pad(month.month)}-${pad(day.day)}`;
          const last = `${year2.year}-${pad(month2.month)}-${pad(day2.day)}`;
          if (first < last) return { end: year2.end, edtf: `${first}/${last}` };
        }
      }
    }
    // "12–14 March 2015", "from 7 to 9 March 2013"
    const joiner = tokens[day.next];
    if (joiner && (DASHES.has(joiner.text) || RANGE_WORDS.has(joiner.key))) {
      const day2 = dayAt(tokens, day.next + 1);
      const month2 = day2 ? monthAt(tagged, day2.next) : undefined;
      const year2 = month2 ? yearAfter(tokens, month2.next) : undefined;
      if (day2 && month2 && year2 && day.day < day2.day) {
        const m = pad(month2.month);
        return { end: year2.end, edtf: `${year2.year}-${m}-${pad(day.day)}/${year2.year}-${m}-${pad(day2.day)}` };
      }
    }
  }
  const month = monthAt(tagged, i);
  if (month) {
    // "May 29, 1971"
    const day2 = dayAt(tokens, month.next);
    // "November 15–20 in 2011", "November 15–20, 2011": a span of days, the month first.
    const dash = day2 ? tokens[day2.next] : undefined;
    if (day2 && dash && (DASHES.has(dash.text) || dash.key === 'to')) {
      const last = dayAt(tokens, day2.next + 1);
      const at = last ? skip(tokens, skip(tokens, last.next, ','), 'in') : -1;
      const year = last ? yearAt(tokens, at) : undefined;
      if (last && year !== undefined && day2.day < last.day) {
        const m = pad(month.month);
        return { end: at + 1, edtf: `${year}-${m}-${pad(day2.day)}/${year}-${m}-${pad(last.day)}` };
      }
    }
    if (day2) {
      const year = yearAfter(tokens, day2.next);
      if (year) return { end: year.end, edtf: `${year.year}-${pad(month.month)}-${pad(day2.day)}` };
    }
    // "May 2012", "May, 2012", "May of 2012"
    const year = yearAfter(tokens, month.next);
    if (year) return { end: year.end, edtf: `${year.year}-${pad(month.month)}` };
    return undefined;
  }
  const lead = tokens[i]?.key;
  if (lead === 'between' || lead === 'from') {
    // "between 1967 and 2010", "from 1992 to 1995": a period.
    const a = yearAt(tokens, i + 1);
    const b = a === undefined ? undefined : yearAt(tokens, i + 3);
    if (
      a !== undefined &&
      b !== undefined &&
      RANGE_WORDS.has(tokens[i + 2]?.key ?? '') &&
      a < b &&
      !decimalAfter(tokens, i + 4)
    )
      return { end: i + 4, edtf: `${a}/${b}` };
    return undefined;
  }
  const year = yearAt(tokens, i);
  if (year === undefined) return undefined;
  const before = tokens[i - 1];
  // "€2019", "#2019": an amount or a number, not a year.
  if (before && !tokens[i]?.space && /^[$€£#]$/.test(before.text)) return undefined;
  const next = tokens[i + 1];
  // "the 1990s": the decade, as the period it is; "1995s" is no date.
  if (next && !next.space && next.key === 's')
    return year % 10 === 0 ? { end: i + 2, edtf: `${year}/${year + 9}` } : undefined;
  // "1971-06-23"
  if (next?.text === '-' && !next.space) {
    const m = tokens[i + 2];
    if (m && !m.space && m.kind === 'number' && /^(?:0[1-9]|1[0-2])$/.test(m.text)) {
      const dash = tokens[i + 3];
      const d = tokens[i + 4];
      if (dash?.text === '-' && !dash.space && d && !d.space && /^(?:0[1-9]|[12]\d|3[01])$/.test(d.text))
        return { end: i + 5, edtf: `${year}-${m.text}-${d.text}` };
      return { end: i + 3, edtf: `${year}-${m.text}` };
    }
  }
  if (next && DASHES.has(next.text)) {
    const b = yearAt(tokens, i + 2);
    if (b !== undefined && !decimalAfter(tokens, i + 3))
      return b > year ? { end: i + 3, edtf: `${year}/${b}` } : undefined;
    // "2021–22": a financial year.
    const short = tokens[i + 2];
    if (short && !short.space && short.kind === 'number' && /^\d\d$/.test(short.text)) {
      const last = Number(`${String(year).slice(0, 2)}${short.text}`);
      if (last > year) return { end: i + 3, edtf: `${year}/${last}` };
    }
  }
  if (next && NOT_A_YEAR_AFTER.has(next.key)) return undefined;
  return { end: i + 1, edtf: String(year) };
}

const decimalAfter = (tokens: Token[], i: number) => {
  const t = tokens[i];
  return (
    t !== undefined &&
    !t.space &&
    (t.text === '.' || t.text === ',') &&
    tokens[i + 1]?.kind === 'number' &&
    !tokens[i + 1]?.space
  );
};

/** Whether an EDTF part is a real day (months and years always are). */
function valid(part: string): boolean {
  const [y, m, d] = part.split('-').map(Number);
  return d === undefined || exists(y as number, m as number, d);
}

/** Tags every date in the sentence, left to right, each token in at most one date. */
export function tagDates(tagged: TaggedTokens): void {
  const tokens = tagged.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'number' && !tagged.first(i, 'MONTH') && t.key !== 'between' && t.key !== 'from') continue;
    const date = readDate(tagged, i);
    if (!date?.edtf.split('/').every(valid)) continue;
    tagged.add('DATE', i, date.end, { edtf: date.edtf });
    i = date.end - 1;
  }
}
