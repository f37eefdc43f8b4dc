// Finds amounts of money ("3 million DKK", "2 Million euro", "€147 million", "5 million Danish kroner") as ISO 4217.
import countries from 'world-countries';
import { type CountryLexicon, countryLexicon, phraseKey } from './country-lexicon.ts';
import { NUMBER, parseScaled, SCALE } from './parse-quantity.ts';

/** An amount found in text, with its [start, end) offsets. */
export type MoneyMention = { start: number; end: number; amount: number; currency: string };

const SYMBOLS: Record<string, string> = {
  US$: 'USD',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₽': 'RUB',
  '₺': 'TRY',
  '₩': 'KRW',
  '₪': 'ILS',
  A$: 'AUD',
  C$: 'CAD',
  NZ$: 'NZD',
  HK$: 'HKD',
  R$: 'BRL',
  zł: 'PLN',
  Kč: 'CZK',
};

// When a bare unit ("dollars", "kroner") could be several currencies and neither country of the pair uses one.
const DEFAULT_BY_UNIT: Record<string, string> = {
  dollar: 'USD',
  euro: 'EUR',
  pound: 'GBP',
  franc: 'CHF',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupee: 'INR',
  ruble: 'RUB',
  rouble: 'RUB',
  krone: 'DKK',
  krona: 'SEK',
  lek: 'ALL',
  lira: 'TRY',
  real: 'BRL',
  rand: 'ZAR',
  won: 'KRW',
  peso: 'MXN',
  dinar: 'RSD',
  zloty: 'PLN',
  forint: 'HUF',
  leu: 'RON',
  lev: 'BGN',
  kuna: 'HRK',
};

// Plural and spelling variants of currency units, mapped to the unit.
const UNIT_FORMS: Record<string, string> = {
  dollars: 'dollar',
  euros: 'euro',
  eur: 'euro',
  pounds: 'pound',
  francs: 'franc',
  kroner: 'krone',
  krones: 'krone',
  kronor: 'krona',
  kronur: 'krona',
  króna: 'krona',
  leks: 'lek',
  lekë: 'lek',
  lire: 'lira',
  liras: 'lira',
  reais: 'real',
  reals: 'real',
  rupees: 'rupee',
  rubles: 'ruble',
  roubles: 'rouble',
  złoty: 'zloty',
  zlotys: 'zloty',
  pesos: 'peso',
  dinars: 'dinar',
  forints: 'forint',
  lei: 'leu',
  leva: 'lev',
  kunas: 'kuna',
  rands: 'rand',
  marks: 'mark',
  markkaa: 'markka',
  pesetas: 'peseta',
  escudos: 'escudo',
  guilders: 'guilder',
  schillings: 'schilling',
  shilling: 'schilling',
  shillings: 'schilling',
  drachmas: 'drachma',
  drachmae: 'drachma',
  kroons: 'kroon',
  krooni: 'kroon',
  lati: 'lats',
  litai: 'litas',
  tolars: 'tolar',
  punts: 'punt',
  ecus: 'ecu',
  korun: 'koruna',
  korunas: 'koruna',
  deutschmarks: 'deutschmark',
  'd-marks': 'd-mark',
  rupiahs: 'rupiah',
  hryvnias: 'hryvnia',
  hryvnie: 'hryvnia',
  tugrik: 'tögrög',
  tugriks: 'tögrög',
  tugrug: 'tögrög',
  tugrugs: 'tögrög',
  togrog: 'tögrög',
  togrogs: 'tögrög',
  dong: 'đồng',
  nairas: 'naira',
  cedis: 'cedi',
  drams: 'dram',
  soles: 'sol',
  quetzales: 'quetzal',
  quetzals: 'quetzal',
  shekels: 'shekel',
  'new shekel': 'shekel',
  'new shekels': 'shekel',
  riels: 'riel',
  kyats: 'kyat',
  afghanis: 'afghani',
  rials: 'rial',
};

/**
 * Currencies replaced by the euro or gone with their state, which older aid and trade figures still use:
 * unit words that name one currency alone, and "<country> <unit>" for units several countries shared.
 */
const HISTORIC_UNITS: Record<string, string> = {
  'deutsche mark': 'DEM',
  'deutsch mark': 'DEM',
  deutschmark: 'DEM',
  'd-mark': 'DEM',
  dm: 'DEM',
  markka: 'FIM',
  peseta: 'ESP',
  escudo: 'PTE',
  guilder: 'NLG',
  gulden: 'NLG',
  drachma: 'GRD',
  kroon: 'EEK',
  lats: 'LVL',
  litas: 'LTL',
  tolar: 'SIT',
  punt: 'IEP',
  ecu: 'XEU',
  'european currency unit': 'XEU',
};
const HISTORIC_BY_COUNTRY: Record<string, string> = {
  'DE mark': 'DEM',
  'FI markka': 'FIM',
  'FI mark': 'FIM',
  'FR franc': 'FRF',
  'BE franc': 'BEF',
  'LU franc': 'LUF',
  'IT lira': 'ITL',
  'MT lira': 'MTL',
  'AT schilling': 'ATS',
  'IE pound': 'IEP',
  'CY pound': 'CYP',
  'SK koruna': 'SKK',
  'SU ruble': 'SUR',
  'SU rouble': 'SUR',
  'YU dinar': 'YUN',
};

type CurrencyTables = { codes: Set<string>; byUnit: Map<string, string[]>; byCountry: Map<string, string[]> };

let tables: CurrencyTables | undefined;

function currencyTables(): CurrencyTables {
  if (tables) return tables;
  const built: CurrencyTables = {
    codes: new Set(['EUR', 'USD', 'HRK', ...Object.values(HISTORIC_UNITS), ...Object.values(HISTORIC_BY_COUNTRY)]),
    byUnit: new Map(),
    byCountry: new Map(),
  };
  for (const country of countries) {
    const codes = Object.keys(country.currencies ?? {});
    built.byCountry.set(country.cca2, codes);
    for (const [code, currency] of Object.entries(country.currencies ?? {})) {
      built.codes.add(code);
      const unit = normalizeUnit(currency.name.split(' ').at(-1) ?? '');
      const list = built.byUnit.get(unit) ?? [];
      if (!list.includes(code)) list.push(code);
      built.byUnit.set(unit, list);
    }
  }
  tables = built;
  return built;
}

function normalizeUnit(word: string): string {
  const lower = word.toLowerCase();
  return UNIT_FORMS[lower] ?? lower;
}

const UNIT_WORDS = String.raw`(?:deutsche?\s?marks?|d-marks?|marks?|markkaa?|pesetas?|escudos?|guilders?|gulden|s?c?hillings?|drachm(?:as?|ae)|kroon[is]?|lat[si]|lit(?:as|ai)|tolars?|punts?|ecus?|(?:European\s)?Currency\sUnits?|korun(?:a|as)?|dollars?|euros?|pounds?|francs?|kroner|krone|kronor|krona|króna|lek[ësë]?|lire|lira|reais|real|rupees?|r[o]?ubles?|złoty|zlotys?|yen|yuan|renminbi|pesos?|dinars?|forints?|lei|leu|leva|lev|kunas?|rands?|won|shillings?|riyals?|dirhams?|rupiahs?|hryvni(?:a|as|e)|t[uöo]gr[iöo][kg]s?|đồng|dong|baht|ringgit|taka|nairas?|cedis?|birr|drams?|lari|tenge|soles|sol|quetzal(?:es|s)?|(?:new\s)?shekels?|riels?|kyats?|afghanis?|rials?)\b`;
const CODE = String.raw`\b[A-Z]{3}\b`;
const SYMBOL = String.raw`(?:DM(?=\s?\d)|US\$|A\$|C\$|NZ\$|HK\$|R\$|\$|€|£|¥|₹|₽|₺|₩|₪)`;
// A country word before a unit ("Danish kroner", "US dollars"): one or two capitalised words.
const QUALIFIER = String.raw`(?:(?:[\p{Lu}][\p{L}.]*\s){1,2})?`;

const MONEY = new RegExp(
  [
    String.raw`(${SYMBOL}|${CODE})\s?(${NUMBER})(?:\s?(${SCALE}|m\b|bn\b))?`,
    // Unit words before codes: with the i flag a code would take the "new" of "new shekels".
    String.raw`\b(${NUMBER})(?:\s?(${SCALE}))?\s?(${SYMBOL}|${QUALIFIER}${UNIT_WORDS}|${CODE})`,
  ].join('|'),
  'giu',
);

// Codes are upper case: tested apart from the words so that "the" or "and" do not pass for a code.
const CODE_HINT = /\b[A-Z]{3}\b/;
const CURRENCY_HINT =
  /[$€£¥₹₽₺₩₪]|zł|Kč|\bDM\b|\b(?:deutsch\w*|d-)?marks?\b|markka|peseta|escudo|guilder|gulden|schilling|drachm|kroon|\blat[si]\b|\blit[ai][si]\b|tolar|\bpunts?\b|\becus?\b|koruna|\beur\b|dollar|euro|pound|franc|kron|\blek|\blir[ae]|\brea(?:l|is)\b|rupee|r[o]?uble|z[lł]ot|\byen\b|yuan|renminbi|peso|dinar|forint|\ble[iuv]\b|\bleva\b|kuna|\brands?\b|\bwon\b|shilling|riyal|dirham|rupiah|hryvni|t[uöo]gr[iöo][kg]|đồng|\bdong\b|\bbaht\b|ringgit|\btaka\b|naira|\bcedis?\b|\bbirr\b|\bdrams?\b|\blari\b|\btenge\b|\bsol(?:es)?\b|quetzal|shekel|\briels?\b|\bkyats?\b|afghani|\brials?\b/i;

/** The ISO 4217 code for a written currency: a code, a symbol, or a unit word with an optional country word. */
export function currencyCode(
  written: string,
  pair: readonly string[] = [],
  lexicon: CountryLexicon = countryLexicon(),
): string | undefined {
  const { codes, byUnit, byCountry } = currencyTables();
  const text = written.trim();
  if (text === 'ECU') return 'XEU';
  if (/^[A-Z]{3}$/.test(text)) return codes.has(text) ? text : undefined;
  if (text in SYMBOLS) return SYMBOLS[text];
  if (text === 'DM') return 'DEM';
  const whole = normalizeUnit(text.replace(/\s+/g, ' '))
    .replace(/^european currency units?$/, 'european currency unit')
    .replace(/^deutsche? ?marks?$/, 'deutsche mark');
  const historic = HISTORIC_UNITS[whole];
  if (historic && whole !== 'dm') return historic;
  const words = text.split(/\s+/);
  const unit = normalizeUnit(words.at(-1) ?? '');
  if (HISTORIC_UNITS[unit] && unit !== 'dm') return HISTORIC_UNITS[unit];
  const candidates = byUnit.get(unit) ?? (DEFAULT_BY_UNIT[unit] ? [DEFAULT_BY_UNIT[unit] as string] : []);
  if (words.length > 1) {
    const qualifier = phraseKey(
      words
        .slice(0, -1)
        .join(' ')
        .replace(/^U\.?S\.?$/, 'United States'),
    );
    // "French" is also the adjective of French Southern Territories: a sovereign state's reading first.
    const readings = lexicon.phrases.get(qualifier) ?? [];
    const country = (readings.find((r) => lexicon.countries.get(r.code)?.independent) ?? readings[0])?.code;
    const gone = HISTORIC_BY_COUNTRY[`${country} ${unit}`];
    if (gone) return gone;
    const own = country ? byCountry.get(country)?.find((code) => candidates.includes(code)) : undefined;
    if (own) return own;
  }
  for (const member of pair) {
    const own = byCountry.get(member)?.find((code) => candidates.includes(code));
    if (own) return own;
  }
  for (const member of pair) {
    const gone = HISTORIC_BY_COUNTRY[`${member} ${unit}`];
    if (gone) return gone;
  }
  return DEFAULT_BY_UNIT[unit] ?? candidates[0];
}

/** Every amount of money in `text`, left to right. `pair` decides ambiguous units such as "kroner". */
export function findMoney(text: string, pair: readonly string[] = []): MoneyMention[] {
  const found: MoneyMention[] = [];
  if (!/\d/.test(text) || !(CODE_HINT.test(text) || CURRENCY_HINT.test(text))) return found;
  for (const m of text.matchAll(MONEY)) {
    const [numberText, scaleText, currencyText] = m[1] ? [m[2], m[3], m[1]] : [m[4], m[5], m[6]];
    if (!numberText || !currencyText) continue;
    const amount = parseScaled(numberText, scaleText === 'm' ? 'million' : scaleText);
    const currency = currencyCode(currencyText, pair);
    if (amount === undefined || !currency) continue;
    found.push({ start: m.index, end: m.index + m[0].length, amount, currency });
  }
  return found;
}
