// Finds dates in prose and writes them as EDTF with exactly the precision the text gives.

/** A date found in text: [start, end) offsets and the EDTF value ("1970", "2012-05", "1971-06-23", "1992/2003"). */
export type DateMention = { start: number; end: number; edtf: string };

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
const YEAR = String.raw`(1[5-9]\d\d|20\d\d)`;
const DAY = String.raw`([0-3]?\d)(?:st|nd|rd|th)?`;
// Day-month-year, month-day-year, month-year, ISO, year range, year: the first that matches at a position wins.
const DATE = new RegExp(
  [
    String.raw`\b${DAY}\s+(?:of\s+)?(${MONTH})\s*,?\s+${YEAR}\b`,
    String.raw`\b(${MONTH})\s+${DAY},?\s+${YEAR}\b`,
    String.raw`\b(${MONTH})\s*,?\s+(?:of\s+)?${YEAR}\b`,
    String.raw`\b${YEAR}-(0[1-9]|1[0-2])(?:-([0-3]\d))?\b`,
    String.raw`\b${YEAR}\s*[–—-]\s*${YEAR}(?![\d.,]\d)`,
    String.raw`(?<![\d.,$€£#]|\d[.,])\b${YEAR}\b(?!s\b|[.,]\d|\d|[–-]\d\d(?!\d)|\s*(?:million|billion|thousand|people|persons|troops|soldiers)\b)`,
    // "12–14 March 2015": an interval of days (last, so that the groups above keep their numbers).
    String.raw`\b([0-3]?\d)\s*[–-]\s*([0-3]?\d)\s+(${MONTH})\s+${YEAR}\b`,
    // "30 November to 6 December 2013": an interval across months, the year written once.
    String.raw`\b([0-3]?\d)\s+(${MONTH})\s*(?:[–-]|to|until|and)\s*([0-3]?\d)\s+(${MONTH})\s*,?\s+${YEAR}\b`,
    // "between 1967 and 2010", "from 1992 to 1995": a period of years, told in words.
    String.raw`\b(?:[Bb]etween|[Ff]rom)\s+${YEAR}\s+(?:and|to|until|through)\s+${YEAR}\b(?![.,]\d|\d)`,
    // "2021–22": a financial or season year, the second year written with two digits.
    String.raw`(?<![\d.,$€£#]|\d[.,])\b${YEAR}[–-](\d\d)\b(?![.,]\d|[–-]\d)`,
  ].join('|'),
  'g',
);

const pad = (n: number): string => String(n).padStart(2, '0');

function monthOf(name: string | undefined): number | undefined {
  return name ? MONTHS[name.replace('.', '').toLowerCase()] : undefined;
}

function day(year: string, month: number | undefined, dayText: string | undefined): string | undefined {
  const d = Number(dayText);
  if (!month || !(d >= 1 && d <= 31)) return undefined;
  return `${year}-${pad(month)}-${pad(d)}`;
}

/** Every date in `text`, left to right, each with the precision written (never a day or month not given). */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  if (!/\d{4}/.test(text)) return found;
  for (const m of text.matchAll(DATE)) {
    let edtf: string | undefined;
    if (m[3]) edtf = day(m[3], monthOf(m[2]), m[1]);
    else if (m[6]) edtf = day(m[6], monthOf(m[4]), m[5]);
    else if (m[8]) edtf = monthOf(m[7]) ? `${m[8]}-${pad(monthOf(m[7]) as number)}` : undefined;
    else if (m[9]) edtf = m[11] ? (Number(m[11]) <= 31 ? `${m[9]}-${m[10]}-${m[11]}` : undefined) : `${m[9]}-${m[10]}`;
    else if (m[12] && m[13]) edtf = m[12] < m[13] ? `${m[12]}/${m[13]}` : undefined;
    else if (m[14]) edtf = m[14];
    else if (m[18]) {
      const first = day(m[18], monthOf(m[17]), m[15]);
      const last = day(m[18], monthOf(m[17]), m[16]);
      edtf = first && last && first < last ? `${first}/${last}` : undefined;
    } else if (m[23]) {
      const first = day(m[23], monthOf(m[20]), m[19]);
      const last = day(m[23], monthOf(m[22]), m[21]);
      edtf = first && last && first < last ? `${first}/${last}` : undefined;
    } else if (m[24] && m[25]) edtf = m[24] < m[25] ? `${m[24]}/${m[25]}` : undefined;
    else if (m[26] && m[27]) {
      const last = `${m[26].slice(0, 2)}${m[27]}`;
      edtf = m[26] < last ? `${m[26]}/${last}` : undefined;
    }
    if (edtf) found.push({ start: m.index, end: m.index + m[0].length, edtf });
  }
  return found;
}

/** The first date in `text` as EDTF, or undefined. */
export function parseDate(text: string): string | undefined {
  return findDates(text)[0]?.edtf;
}

/** The year of an EDTF date (of its start, for an interval). */
export const yearOf = (edtf: string): number => Number(edtf.slice(0, 4));
