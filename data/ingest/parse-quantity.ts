// Reads numbers as articles write them: 250,000 and 250.000, 1.5 million, "two", "8 000".

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  a: 1,
  an: 1,
  dozen: 12,
  several: Number.NaN,
};

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  // Indian English: a lakh is a hundred thousand, a crore ten million.
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
};

/** A number as written: digits with grouping (either separator) or a decimal part, or a number word. */
export const NUMBER = String.raw`(?:\d{1,3}(?:[,.\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|hundreds\s+of|a\s+dozen)`;

/** A scale word after a number. */
export const SCALE = String.raw`(?:thousand|million|billion|trillion|mln|mn|bn|lakhs?|crores?)\b`;

/**
 * The value of a written number. Grouped digits read as thousands whichever separator is used
 * ("250.000" and "250,000" are both 250000); a single separator followed by one or two digits is a decimal point.
 */
export function parseNumber(written: string): number | undefined {
  const text = written.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text in WORD_NUMBERS) {
    const value = WORD_NUMBERS[text] as number;
    return Number.isNaN(value) ? undefined : value;
  }
  if (text === 'a hundred') return 100;
  if (text === 'a dozen') return 12;
  if (!/^\d/.test(text)) return undefined;
  const grouped = /^\d{1,3}(?:([,.\u00a0\u202f])\d{3})(?:\1\d{3})*(?:([.,])(\d+))?$/.exec(text);
  if (grouped && grouped[2] !== grouped[1]) {
    const integer = Number(
      text.replace(/[^\d]/g, '').slice(0, text.replace(/[^\d]/g, '').length - (grouped[3]?.length ?? 0)),
    );
    return grouped[3] ? integer + Number(`0.${grouped[3]}`) : integer;
  }
  const decimal = /^(\d+)(?:[.,](\d+))?$/.exec(text);
  if (!decimal) return undefined;
  return Number(decimal[2] ? `${decimal[1]}.${decimal[2]}` : decimal[1]);
}

/** A number followed by an optional scale word ("2 Million", "1.5 bn"), as one value. */
export function parseScaled(numberText: string, scaleText?: string): number | undefined {
  const value = parseNumber(numberText);
  if (value === undefined) return undefined;
  const scale = scaleText ? SCALES[scaleText.trim().toLowerCase()] : 1;
  return scale === undefined ? undefined : Math.round(value * scale * 100) / 100;
}
