// The lexicons the tagger reads, loaded once from the generated files and the tables beside them.

import type { MissionKind } from '../../schema/index.ts';
import { tokenize } from '../text/tokenize.ts';
import type { CountryForm, CountryInfo } from './build-lexicons.ts';
import { CURRENCY_SYMBOLS, HISTORIC_CODES, HISTORIC_UNITS, UNIT_FORMS } from './currency-table.ts';
import cities from './data/cities.json' with { type: 'json' };
import countryFile from './data/countries.json' with { type: 'json' };
import currencies from './data/currencies.json' with { type: 'json' };
import organizations from './data/organizations.json' with { type: 'json' };
import wordForms from './data/word-forms.json' with { type: 'json' };
import { MISSION_NAMES } from './mission-kinds.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { OFFICE_HEADS, OFFICE_QUALIFIERS, PORTFOLIO_WORDS } from './office-table.ts';
import { type CaseRule, PhraseTrie } from './phrase-trie.ts';

/** What a lexicon phrase is: the tag it gives and that tag's data. */
export type LexiconValue =
  | { type: 'COUNTRY'; code: string; form: CountryForm }
  | { type: 'CITY'; name: string; country: string }
  | { type: 'ORG'; label: string }
  | { type: 'OFFICE' }
  | { type: 'QUALIFIER' }
  | { type: 'PORTFOLIO' }
  | { type: 'MISSION'; kind: MissionKind }
  | { type: 'CURRENCY'; code?: string; unit?: string }
  | { type: 'MONTH'; month: number }
  | { type: 'SCALE'; factor: number }
  | { type: 'NUMWORD'; value: number };

/** Everything the tagger looks up. */
export type Lexicon = {
  trie: PhraseTrie<LexiconValue>;
  lemmaOf: (key: string) => string | undefined;
  countries: Map<string, CountryInfo>;
  byAlpha3: Map<string, string>;
  cityCountry: Map<string, string>;
  currencyCodes: Set<string>;
  currenciesByUnit: Map<string, string[]>;
  currenciesByCountry: Map<string, string[]>;
};

const MONTHS = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];
const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
};

const FORMS = new Map(Object.entries(wordForms as Record<string, string>));
const lemmaOf = (key: string): string | undefined => FORMS.get(key);

/** A phrase's case rule: acronyms exactly, one-word names capitalised, longer phrases in any case. */
function ruleFor(phrase: string, proper: boolean): CaseRule {
  if (/^[A-Z][A-Z0-9.&-]+$/.test(phrase) || /^[A-Z][a-z]?[A-Z0-9]/.test(phrase)) return 'exact';
  if (!proper) return 'any';
  return phrase.includes(' ') ? 'any' : 'capital';
}

function build(): Lexicon {
  const trie = new PhraseTrie<LexiconValue>();
  const add = (phrase: string, value: LexiconValue, rule: CaseRule) =>
    trie.add(tokenize(phrase, 0, phrase.length, lemmaOf), value, rule);
  const countries = new Map(Object.entries(countryFile.countries as Record<string, CountryInfo>));
  const byAlpha3 = new Map([...countries].map(([code, c]) => [c.alpha3, code]));
  for (const [phrase, code, form] of countryFile.phrases as [string, string, CountryForm][])
    add(phrase, { type: 'COUNTRY', code, form }, ruleFor(phrase, true));
  const cityCountry = new Map<string, string>();
  for (const [name, country] of Object.entries(cities as Record<string, string>)) {
    cityCountry.set(name.toLowerCase(), country);
    add(name, { type: 'CITY', name, country }, ruleFor(name, true));
  }
  for (const o of organizations as { label: string; name?: string; aliases: string[] }[]) {
    for (const phrase of [o.label, o.name, ...o.aliases]) {
      if (phrase) add(phrase, { type: 'ORG', label: o.label }, ruleFor(phrase, true));
    }
  }
  for (const phrase of OFFICE_HEADS) add(phrase, { type: 'OFFICE' }, 'any');
  for (const phrase of OFFICE_QUALIFIERS) add(phrase, { type: 'QUALIFIER' }, 'any');
  for (const word of PORTFOLIO_WORDS.split(/\s+/).filter(Boolean)) add(word, { type: 'PORTFOLIO' }, 'any');
  for (const [phrase, kind] of MISSION_NAMES) add(phrase, { type: 'MISSION', kind }, 'any');
  MONTHS.forEach((names, i) => {
    for (const name of names) add(name, { type: 'MONTH', month: i + 1 }, 'capital');
  });
  for (const [word, factor] of Object.entries(SCALES)) add(word, { type: 'SCALE', factor }, 'any');
  for (const [word, value] of Object.entries(NUMBER_WORDS)) add(word, { type: 'NUMWORD', value }, 'any');
  const currencyCodes = new Set([...currencies.codes, 'EUR', 'USD', ...HISTORIC_CODES]);
  for (const code of currencyCodes) add(code, { type: 'CURRENCY', code }, 'exact');
  for (const [symbol, code] of Object.entries(CURRENCY_SYMBOLS))
    add(symbol, { type: 'CURRENCY', code }, /\p{L}/u.test(symbol) ? 'exact' : 'any');
  const units = new Set([...Object.keys(currencies.byUnit), ...Object.keys(UNIT_FORMS), ...Object.values(UNIT_FORMS)]);
  for (const unit of units) {
    if (!/^\p{L}+$/u.test(unit) || ['sterling', 'mark', 'won', 'real', 'sol', 'lev'].includes(unit)) continue;
    add(unit, { type: 'CURRENCY', unit: UNIT_FORMS[unit] ?? unit }, 'any');
  }
  // Units that are also common words count only after a number: the tagger checks that.
  for (const unit of ['mark', 'marks', 'won', 'real', 'reais', 'sol', 'soles', 'lev', 'leva', 'sterling'])
    add(unit, { type: 'CURRENCY', unit: unit === 'sterling' ? 'pound' : (UNIT_FORMS[unit] ?? unit) }, 'any');
  for (const unit of Object.keys(HISTORIC_UNITS)) add(unit, { type: 'CURRENCY', unit }, 'any');
  // "Rs", "₨": rupees of whichever country the pair says.
  for (const symbol of ['Rs', 'Rs.', '₨'])
    add(symbol, { type: 'CURRENCY', unit: 'rupee' }, /\p{L}/u.test(symbol) ? 'exact' : 'any');
  return {
    trie,
    lemmaOf,
    countries,
    byAlpha3,
    cityCountry,
    currencyCodes,
    currenciesByUnit: new Map(Object.entries(currencies.byUnit)),
    currenciesByCountry: new Map(Object.entries(currencies.byCountry)),
  };
}

let cached: Lexicon | undefined;

/** The lexicon, built on first use and kept for the life of the process. */
export function lexicon(): Lexicon {
  cached ??= build();
  return cached;
}
