// Tags numbers ("250,000", "250.000", "1.5 billion", "two") and amounts of money in ISO 4217 currencies.
import { DEFAULT_BY_UNIT, HISTORIC_BY_COUNTRY, HISTORIC_UNITS } from '../lexicon/currency-table.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Token } from '../text/tokenize.ts';
import type { Tag, TaggedTokens } from './tag.ts';

/**
 * The value of a number token. Grouped digits read as thousands whichever separator is used ("250.000" and
 * "250,000"); one separator followed by other than three digits is a decimal point.
 */
export function numberValue(text: string): number | undefined {
  const groups = text.split(/[,.\u00a0\u202f]/);
  if (groups.length === 1) return Number(text);
  const last = groups.at(-1) as string;
  const grouped = groups.slice(1).every((g) => g.length === 3);
  if (grouped) return Number(groups.join(''));
  // "1,234.56": groups, then a decimal part.
  const whole = groups.slice(0, -1);
  if (whole.slice(1).every((g) => g.length === 3)) return Number(`${whole.join('')}.${last}`);
  return undefined;
}

const isYear = (token: Token) => token.kind === 'number' && /^(?:1[5-9]|20)\d\d$/.test(token.text);

/** Tags every number, with a scale word folded in ("2 Million", "13.2M", "₹500 crore"). */
export function tagNumbers(tagged: TaggedTokens): void {
  const tokens = tagged.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    let value: number | undefined;
    let end = i + 1;
    if (token.kind === 'number') value = numberValue(token.text);
    else {
      const word = tagged.first(i, 'NUMWORD');
      if (word) {
        value = word.value.value;
        end = word.end;
      }
    }
    if (value === undefined || Number.isNaN(value)) continue;
    const scale = tagged.first(end, 'SCALE');
    // "one" and "a" are numbers only before a scale: "one million", "a billion".
    if (value === 1 && token.kind !== 'number' && !scale) continue;
    // "13.2M", "€2m": a one-letter scale only glued to its number.
    const glued =
      scale &&
      (scale.end - scale.start > 1 ||
        (tokens[scale.start] as Token).key.length > 1 ||
        !(tokens[scale.start] as Token).space);
    if (scale && glued) {
      tagged.add('NUMBER', i, scale.end, {
        value: Math.round(value * scale.value.factor * 100) / 100,
        scaled: true,
        year: false,
      });
      i = scale.end - 1;
      continue;
    }
    tagged.add('NUMBER', i, end, { value, scaled: false, year: isYear(token) });
  }
}

/** The ISO 4217 code of a unit word, from the country before it, else the pair's own currency, else the default. */
function unitCode(
  unit: string,
  qualifier: string | undefined,
  pair: readonly string[],
  lexicon: Lexicon,
): string | undefined {
  const historic = HISTORIC_UNITS[unit];
  if (historic) return historic;
  const candidates =
    lexicon.currenciesByUnit.get(unit) ?? (DEFAULT_BY_UNIT[unit] ? [DEFAULT_BY_UNIT[unit] as string] : []);
  for (const country of qualifier ? [qualifier] : []) {
    const gone = HISTORIC_BY_COUNTRY[`${country} ${unit}`];
    if (gone) return gone;
    const own = lexicon.currenciesByCountry.get(country)?.find((code) => candidates.includes(code));
    if (own) return own;
  }
  for (const member of pair) {
    const own = lexicon.currenciesByCountry.get(member)?.find((code) => candidates.includes(code));
    if (own) return own;
  }
  for (const member of pair) {
    const gone = HISTORIC_BY_COUNTRY[`${member} ${unit}`];
    if (gone) return gone;
  }
  return DEFAULT_BY_UNIT[unit] ?? candidates[0];
}

/** A currency written at token `i`: a code or symbol, or a unit word with an optional country word before it. */
function currencyAt(
  tagged: TaggedTokens,
  i: number,
  pair: readonly string[],
  lexicon: Lexicon,
  unitsAllowed: boolean,
): { code: string; end: number } | undefined {
  const direct = tagged.first(i, 'CURRENCY');
  // A bare "$" is the dollar of the pair where one uses a dollar ("$68 million" in an Australia–Fiji article).
  if (direct?.value.code === 'USD' && direct.end - direct.start === 1 && tagged.tokens[i]?.text === '$') {
    const code = unitCode('dollar', undefined, pair, lexicon);
    return { code: code ?? 'USD', end: direct.end };
  }
  if (direct?.value.code) return { code: direct.value.code, end: direct.end };
  if (direct?.value.unit && (unitsAllowed || direct.value.unit === 'rupee')) {
    const code = unitCode(direct.value.unit, undefined, pair, lexicon);
    return code ? { code, end: direct.end } : undefined;
  }
  if (!unitsAllowed) return undefined;
  // "Danish kroner", "US dollars", "Hong Kong dollars": a country word, then the unit.
  const country = tagged.first(i, 'COUNTRY') ?? tagged.first(i, 'CITY');
  const unit = country ? tagged.first(country.end, 'CURRENCY') : undefined;
  if (country && unit?.value.unit) {
    const code = unitCode(
      unit.value.unit,
      country.type === 'COUNTRY' ? (country as Tag<'COUNTRY'>).value.code : (country as Tag<'CITY'>).value.country,
      pair,
      lexicon,
    );
    return code ? { code, end: unit.end } : undefined;
  }
  // "new shekels", "Deutsche Mark" are in the lexicon; "New Taiwan dollars" reads as Taiwan dollars.
  if (tagged.tokens[i]?.key === 'new') return currencyAt(tagged, i + 1, pair, lexicon, true);
  return undefined;
}

/** Tags amounts of money: "3 million DKK", "€147 million", "US$ 1.5 billion", "AUD13.2M", "5 million Danish kroner". */
export function tagMoney(tagged: TaggedTokens, pair: readonly string[], lexicon: Lexicon): void {
  if (!tagged.keys.has('#CURRENCY')) return;
  for (const number of tagged.all('NUMBER')) {
    // A currency before the number: "€2m", "US$ 300 million", "NOK 1.5 billion".
    let before: { code: string; start: number } | undefined;
    for (let back = 1; back <= 3 && number.start - back >= 0; back++) {
      const start = number.start - back;
      const found = currencyAt(tagged, start, pair, lexicon, false);
      // "Kes.82 million": a full stop may glue an abbreviated currency to its number.
      const glued =
        found &&
        found.end + 1 === number.start &&
        tagged.tokens[found.end]?.text === '.' &&
        !tagged.tokens[number.start]?.space;
      if (found && (found.end === number.start || glued)) before = { code: found.code, start };
    }
    if (before) {
      tagged.add('MONEY', before.start, number.end, { amount: number.value.value, currency: before.code });
      continue;
    }
    // "10.8 million (USD)": the code in brackets after the number.
    const bracketed =
      tagged.tokens[number.end]?.text === '(' ? currencyAt(tagged, number.end + 1, pair, lexicon, false) : undefined;
    if (bracketed && tagged.tokens[bracketed.end]?.text === ')' && !number.value.year) {
      tagged.add('MONEY', number.start, bracketed.end + 1, { amount: number.value.value, currency: bracketed.code });
      continue;
    }
    const after = currencyAt(tagged, number.end, pair, lexicon, true);
    if (after && !number.value.year) {
      tagged.add('MONEY', number.start, after.end, { amount: number.value.value, currency: after.code });
    }
  }
}
