// Builds the committed lexicon files from their sources: world-countries, the reference data, and the tables here.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import countries from 'world-countries';
import { EXTRA_ADJECTIVES, EXTRA_CITIES, EXTRA_NAMES, HISTORIC_STATES, NOUN_DEMONYMS } from './country-supplement.ts';
import { ORGANIZATION_TABLE, type OrganizationEntry } from './organization-table.ts';
import { NOUNS, SPELLINGS, VERBS } from './vocabulary.ts';

/** A country as the lexicon keeps it. */
export type CountryInfo = {
  name: string;
  alpha3: string;
  capitals: string[];
  currencies: string[];
  independent: boolean;
};

/** How a phrase names a country. */
export type CountryForm = 'name' | 'adjective' | 'people';

/** The generated files, by file name, as the objects written to them. */
export type LexiconFiles = {
  'countries.json': { countries: Record<string, CountryInfo>; phrases: [string, string, CountryForm][] };
  'cities.json': Record<string, string>;
  'organizations.json': OrganizationEntry[];
  'word-forms.json': Record<string, string>;
  'currencies.json': { byCountry: Record<string, string[]>; byUnit: Record<string, string[]>; codes: string[] };
};

const root = fileURLToPath(new URL('../../../', import.meta.url));
const reference = (file: string) => `${root}data/reference/${file}`;
const SHARED_MISSIONS = `${root}../shared/reference/wikidata-missions/database_of_embassies.csv`;

type ReferenceCountry = { code: string; name?: string; capital?: string | { name?: string }; demonym?: string };
type ReferenceOrganization = { organization: string; acronym?: string; name?: string; aliases?: string[] };
type ReferenceMission = { host: string; city?: string };

const readJson = <T>(path: string): T | undefined =>
  existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;

/** The reference data's country profiles (data/reference/countries.json), or none before it exists. */
const referenceCountries = (): ReferenceCountry[] =>
  readJson<{ countries: ReferenceCountry[] }>(reference('countries.json'))?.countries ?? [];

function countryTable(): LexiconFiles['countries.json'] {
  const phrases: [string, string, CountryForm][] = [];
  const seen = new Set<string>();
  const add = (phrase: string, code: string, form: CountryForm) => {
    const text = phrase.trim();
    const key = `${text.toLowerCase()}|${code}`;
    if (!text || seen.has(key) || !/\p{L}/u.test(text)) return;
    seen.add(key);
    phrases.push([text, code, form]);
  };
  const info: Record<string, CountryInfo> = {};
  for (const c of countries) {
    info[c.cca2] = {
      name: c.name.common,
      alpha3: c.cca3,
      capitals: c.capital ?? [],
      currencies: Object.keys(c.currencies ?? {}),
      independent: c.independent === true,
    };
    add(c.name.common, c.cca2, 'name');
    add(c.name.official, c.cca2, 'name');
    for (const alt of c.altSpellings) {
      // Codes are matched elsewhere (for the pair only); non-Latin spellings never occur in English prose.
      if (/^[A-Z]{2,3}$/.test(alt) || !/^[\p{Script=Latin}\s'’().,-]+$/u.test(alt)) continue;
      add(alt.replace(/^(.*), (.*)$/, '$2 $1'), c.cca2, 'name');
    }
    for (const name of EXTRA_NAMES[c.cca2] ?? []) add(name, c.cca2, 'name');
  }
  const listed = referenceCountries();
  for (const c of listed) if (c.name && info[c.code]) add(c.name, c.code, 'name');
  for (const c of countries) {
    const english = c.demonyms?.eng;
    for (const adjective of new Set([english?.m, english?.f].filter((d): d is string => Boolean(d)))) {
      add(adjective, c.cca2, 'adjective');
      if (!/(?:ish|ch|ese|ss|[^a-z])$/.test(adjective)) add(`${adjective}s`, c.cca2, 'people');
    }
    for (const noun of NOUN_DEMONYMS[c.cca2] ?? []) add(noun, c.cca2, 'people');
    for (const adjective of EXTRA_ADJECTIVES[c.cca2] ?? []) add(adjective, c.cca2, 'adjective');
  }
  for (const c of listed) if (c.demonym && info[c.code]) add(c.demonym, c.code, 'adjective');
  for (const [code, names] of Object.entries(HISTORIC_STATES)) for (const name of names) add(name, code, 'name');
  return { countries: info, phrases };
}

/** Country names the missions file writes ("Kingdom of Denmark", "Ivory Coast") to codes. */
function nameToCode(table: LexiconFiles['countries.json']): (name: string) => string | undefined {
  const byName = new Map<string, string>();
  for (const [phrase, code, form] of table.phrases) {
    const key = phrase.toLowerCase().replace(/^the /, '');
    if (form === 'name' && !byName.has(key)) byName.set(key, code);
  }
  return (name) => byName.get(name.toLowerCase().replace(/^the /, ''));
}

function cityTable(table: LexiconFiles['countries.json']): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const count = (city: string, code: string, weight: number) => {
    const name = city.trim();
    // A street or an address is not a city a reader knows.
    if (!name || /\d|street|avenue|road|district/i.test(name) || /^\p{Ll}/u.test(name)) return;
    const byCode = counts.get(name) ?? new Map<string, number>();
    byCode.set(code, (byCode.get(code) ?? 0) + weight);
    counts.set(name, byCode);
  };
  const missions = readJson<{ missions: ReferenceMission[] }>(reference('missions.json'))?.missions;
  if (missions) {
    for (const m of missions) if (m.city) count(m.city, m.host, 1);
  } else if (existsSync(SHARED_MISSIONS)) {
    const codeOf = nameToCode(table);
    const lines = readFileSync(SHARED_MISSIONS, 'utf8').split('\n').slice(1);
    for (const line of lines) {
      const cells = line.split(';');
      const host = codeOf(cells[4] ?? '');
      if (host && cells[6]) count(cells[6], host, 1);
    }
  }
  for (const [code, c] of Object.entries(table.countries)) for (const capital of c.capitals) count(capital, code, 1000);
  for (const c of referenceCountries()) {
    const capital = typeof c.capital === 'string' ? c.capital : c.capital?.name;
    if (capital && table.countries[c.code]) count(capital, c.code, 1000);
  }
  for (const [code, cities] of Object.entries(EXTRA_CITIES)) for (const city of cities) count(city, code, 100);
  const out: Record<string, string> = {};
  for (const city of [...counts.keys()].sort()) {
    const ranked = [...(counts.get(city) ?? [])].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    // A city name shared by two countries goes to the one the data names it for most.
    if (ranked[0]) out[city] = ranked[0][0];
  }
  return out;
}

function organizationTable(): OrganizationEntry[] {
  const referenceList =
    readJson<{ organizations: ReferenceOrganization[] }>(reference('organizations.json'))?.organizations ?? [];
  const merged: OrganizationEntry[] = referenceList.map((o) => ({
    label: o.organization,
    ...(o.name && o.name !== o.organization ? { name: o.name } : {}),
    aliases: [...new Set([o.acronym, ...(o.aliases ?? [])].filter((a): a is string => Boolean(a)))],
  }));
  const names = (o: OrganizationEntry) => [o.label, o.name, ...(o.aliases ?? [])].filter(Boolean) as string[];
  for (const entry of ORGANIZATION_TABLE) {
    const same = merged.find((m) => names(m).some((n) => names(entry).includes(n)));
    if (!same) {
      merged.push({ ...entry, aliases: [...(entry.aliases ?? [])] });
      continue;
    }
    // The reference list's label stands; the table's names become aliases.
    same.aliases = [...new Set([...(same.aliases ?? []), ...names(entry).filter((n) => n !== same.label)])];
  }
  return merged.map((o) => ({ ...o, aliases: (o.aliases ?? []).filter((a) => a !== o.label && a !== o.name) }));
}

function wordForms(): Record<string, string> {
  const forms: Record<string, string> = {};
  const add = (form: string | undefined, lemma: string) => {
    const key = form?.toLowerCase().trim();
    if (key && !key.includes(' ') && key !== lemma && !(key in forms)) forms[key] = lemma;
  };
  for (const verb of VERBS.split(/\s+/).filter(Boolean)) {
    // Tagged in place as a verb: "open" alone reads as an adjective.
    const doc = nlp(verb);
    doc.tag('Infinitive');
    const conjugated = (doc.verbs().conjugate()[0] ?? {}) as Record<string, string>;
    for (const form of Object.values(conjugated)) add(form, verb);
  }
  for (const noun of NOUNS.split(/\s+/).filter(Boolean)) {
    const doc = nlp(noun);
    doc.tag('Singular');
    add(doc.nouns().toPlural().text(), noun);
  }
  for (const [form, lemma] of Object.entries(SPELLINGS)) {
    forms[form] = lemma;
  }
  return Object.fromEntries(Object.entries(forms).sort(([a], [b]) => a.localeCompare(b)));
}

function currencyTable(): LexiconFiles['currencies.json'] {
  const byCountry: Record<string, string[]> = {};
  const byUnit: Record<string, string[]> = {};
  const codes = new Set<string>();
  for (const c of countries) {
    byCountry[c.cca2] = Object.keys(c.currencies ?? {});
    for (const [code, currency] of Object.entries(c.currencies ?? {})) {
      codes.add(code);
      const unit = (currency.name.split(' ').at(-1) ?? '').toLowerCase();
      const list = byUnit[unit] ?? [];
      if (!list.includes(code)) list.push(code);
      byUnit[unit] = list;
    }
  }
  return { byCountry, byUnit, codes: [...codes].sort() };
}

/** Every lexicon file, built from the committed sources. Deterministic. */
export function buildLexicons(): LexiconFiles {
  const countryFile = countryTable();
  return {
    'countries.json': countryFile,
    'cities.json': cityTable(countryFile),
    'organizations.json': organizationTable(),
    'word-forms.json': wordForms(),
    'currencies.json': currencyTable(),
  };
}

/** A lexicon file's text as committed. */
export const formatLexicon = (value: unknown): string => `${JSON.stringify(value)}\n`;
