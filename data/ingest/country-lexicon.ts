// Every way an article names a country (names, official names, adjectives, demonyms, capitals, codes), built once.
import countries from 'world-countries';
import {
  EXTRA_ADJECTIVES,
  EXTRA_CITIES,
  EXTRA_NAMES,
  HISTORIC_STATES,
  NOUN_DEMONYMS,
} from './country-lexicon-supplement.ts';

/** How a phrase names a country: as a name ("Denmark"), an adjective ("Danish"), people ("Danes") or a code. */
export type CountryForm = 'name' | 'adjective' | 'people' | 'code';

/** One reading of a phrase. */
export type LexiconEntry = { code: string; form: CountryForm };

/** A country as the pipeline needs it. */
export type CountryInfo = {
  code: string;
  alpha3: string;
  name: string;
  official: string;
  capitals: string[];
  currencies: string[];
  independent: boolean;
};

/** The lexicon: phrase (lower case, without a leading "the") -> readings, and lookups by code and city. */
export type CountryLexicon = {
  phrases: Map<string, LexiconEntry[]>;
  /** The first word of every phrase, to skip most capitalised words at once. */
  firstWords: Set<string>;
  maxWords: number;
  countries: Map<string, CountryInfo>;
  byAlpha3: Map<string, string>;
  cities: Map<string, string>;
};

/** The key a phrase is stored under: lower case, single spaces, no leading "the". */
export const phraseKey = (phrase: string): string =>
  foldDiacritics(phrase).trim().replace(/\s+/g, ' ').replace(/^the /i, '').toLowerCase();

/** Text without accents, so that "Reykjavík" finds "Reykjavik"; lengths may change, so use on keys only. */
export const foldDiacritics = (text: string): string =>
  /[^ -~\s]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;

const ADJECTIVE_PLURAL_BLOCK = /(?:ish|ch|ese|ss|[^a-z])$/;

function addPhrase(lexicon: CountryLexicon, phrase: string, code: string, form: CountryForm): void {
  const key = phraseKey(phrase);
  if (!key || !/\p{L}/u.test(key)) return;
  const list = lexicon.phrases.get(key) ?? [];
  if (list.some((entry) => entry.code === code)) return;
  list.push({ code, form });
  lexicon.phrases.set(key, list);
  const words = key.split(' ');
  lexicon.firstWords.add(words[0] as string);
  lexicon.firstWords.add((words[0] as string).replace(/['’]s?$/, ''));
  lexicon.maxWords = Math.max(lexicon.maxWords, words.length);
}

function build(): CountryLexicon {
  const lexicon: CountryLexicon = {
    phrases: new Map(),
    firstWords: new Set(),
    maxWords: 1,
    countries: new Map(),
    byAlpha3: new Map(),
    cities: new Map(),
  };
  // Names before adjectives, so that a phrase that is both keeps its name reading first.
  for (const country of countries) {
    const code = country.cca2;
    lexicon.countries.set(code, {
      code,
      alpha3: country.cca3,
      name: country.name.common,
      official: country.name.official,
      capitals: country.capital ?? [],
      currencies: Object.keys(country.currencies ?? {}),
      independent: country.independent === true,
    });
    lexicon.byAlpha3.set(country.cca3, code);
    addPhrase(lexicon, country.name.common, code, 'name');
    addPhrase(lexicon, country.name.official, code, 'name');
    for (const alt of country.altSpellings) {
      // Two- and three-letter codes and non-Latin spellings are matched elsewhere, or never.
      if (/^[A-Z]{2,3}$/.test(alt) || !/^[\p{Script=Latin}\s'’().,-]+$/u.test(alt)) continue;
      addPhrase(lexicon, alt.replace(/^(.*), (.*)$/, '$2 $1'), code, 'name');
    }
    for (const name of EXTRA_NAMES[code] ?? []) addPhrase(lexicon, name, code, 'name');
    for (const city of [...(country.capital ?? []), ...(EXTRA_CITIES[code] ?? [])]) {
      if (!lexicon.cities.has(phraseKey(city))) lexicon.cities.set(phraseKey(city), code);
    }
  }
  for (const country of countries) {
    const code = country.cca2;
    const english = country.demonyms?.eng;
    for (const adjective of new Set([english?.m, english?.f].filter((d): d is string => Boolean(d)))) {
      addPhrase(lexicon, adjective, code, 'adjective');
      if (!ADJECTIVE_PLURAL_BLOCK.test(adjective)) addPhrase(lexicon, `${adjective}s`, code, 'people');
    }
    for (const noun of NOUN_DEMONYMS[code] ?? []) addPhrase(lexicon, noun, code, 'people');
    for (const adjective of EXTRA_ADJECTIVES[code] ?? []) addPhrase(lexicon, adjective, code, 'adjective');
  }
  for (const [code, names] of Object.entries(HISTORIC_STATES)) {
    for (const name of names) addPhrase(lexicon, name, code, 'name');
  }
  return lexicon;
}

let cached: CountryLexicon | undefined;

/** The lexicon, built on first use from the `world-countries` dataset and kept for the life of the process. */
export function countryLexicon(): CountryLexicon {
  cached ??= build();
  return cached;
}

/** The alpha-2 code a country name, official name, spelling or code stands for, if any. */
export function lookupCountry(text: string, lexicon: CountryLexicon = countryLexicon()): string | undefined {
  const trimmed = text.trim();
  if (/^[A-Z]{2}$/.test(trimmed) && lexicon.countries.has(trimmed)) return trimmed;
  if (/^[A-Z]{3}$/.test(trimmed) && lexicon.byAlpha3.has(trimmed)) return lexicon.byAlpha3.get(trimmed);
  const entries = lexicon.phrases.get(phraseKey(trimmed));
  const entry = entries?.find((e) => e.form === 'name') ?? entries?.[0];
  return entry && lexicon.countries.has(entry.code) ? entry.code : undefined;
}

/** The alpha-2 code of the country a city (a capital or a known seat of embassies) is in. */
export function countryOfCity(city: string, lexicon: CountryLexicon = countryLexicon()): string | undefined {
  return lexicon.cities.get(phraseKey(city));
}
