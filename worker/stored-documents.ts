// What KV stores, checked against the schema and turned into the exact JSON the API serves.
import * as z from 'zod';
import { CountryDocument } from '../data/schema/country-document.ts';
import {
  CountriesIndex,
  CountriesIndexEntry,
  CountryPartner,
  CountryRelationsIndex,
} from '../data/schema/country-index.ts';
import { RelationsIndex, RelationsIndexEntry } from '../data/schema/relations-index.ts';
import { RelationsRecord } from '../data/schema/relations-record.ts';

/** One pair in the API's index: the stored entry plus the path of its record. */
export const RelationsIndexLink = RelationsIndexEntry.extend({
  href: z.string().describe('The path of the record, such as `/v1/relations/AL/DK`.'),
}).meta({ id: 'RelationsIndexLink' });

/** The answer of `GET /v1/relations`: every pair with a record, sorted by id, each with a link. */
export const RelationsIndexPage = z
  .object({ schemaVersion: z.literal(1), pairs: z.array(RelationsIndexLink) })
  .meta({ id: 'RelationsIndexPage', title: 'RelationsIndexPage' });
export type RelationsIndexPage = z.infer<typeof RelationsIndexPage>;

/** The answer of `GET /v1/countries`: every state the data knows, each with the link to its partners. */
export const CountriesPage = z
  .object({
    schemaVersion: z.literal(1),
    countries: z.array(
      CountriesIndexEntry.extend({
        href: z.string().describe('The path of its partner list, such as `/v1/countries/DK/relations`.'),
      }).meta({ id: 'CountriesPageEntry' }),
    ),
  })
  .meta({ id: 'CountriesPage', title: 'CountriesPage' });
export type CountriesPage = z.infer<typeof CountriesPage>;

/** The answer of `GET /v1/countries/{code}/relations`: every partner with a record, each with its path. */
export const CountryRelationsPage = z
  .object({
    schemaVersion: z.literal(1),
    country: CountryRelationsIndex.shape.country,
    partners: z.array(
      CountryPartner.extend({
        href: z.string().describe("The path of the pair's record, such as `/v1/relations/DK/AL`."),
      }).meta({ id: 'CountryRelationsPageEntry' }),
    ),
  })
  .meta({ id: 'CountryRelationsPage', title: 'CountryRelationsPage' });
export type CountryRelationsPage = z.infer<typeof CountryRelationsPage>;

/** Why a stored text was refused: the first issues found, for the log. */
type Refused = { ok: false; issues: string[] };

/**
 * The body to serve (and, for documents the worker reads rather than serves, the validated value), or the
 * reasons the stored text was refused.
 */
export type Decoded = { ok: true; body: string; value?: unknown } | Refused;

/** The path of a pair's record in the API. */
const recordPath = (countries: readonly [string, string]): string => `/v1/relations/${countries[0]}/${countries[1]}`;

function issuesOf(error: z.ZodError): string[] {
  return error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

/** The stored text parsed and checked against `schema`. */
function validated<T>(schema: z.ZodType<T>, text: string): { ok: true; data: T } | Refused {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, issues: ['not JSON'] };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, issues: issuesOf(parsed.error) };
}

/** A valid value under the wrong key: its `field` says `says`, the key says `key`. */
const misfiled = (field: string, key: string, says: string): Refused => ({
  ok: false,
  issues: [`${field}: stored under ${key} but says ${says}`],
});

/** Validates a stored record (it must be the record of `id`) and serializes what the schema keeps. */
export function decodeRecord(text: string, id: string): Decoded {
  const record = validated(RelationsRecord, text);
  if (!record.ok) return record;
  if (record.data.id !== id) return misfiled('id', id, record.data.id);
  return { ok: true, body: JSON.stringify(record.data) };
}

/** Validates the stored index and adds the path of each record. */
export function decodeIndex(text: string): Decoded {
  const index = validated(RelationsIndex, text);
  if (!index.ok) return index;
  const page: RelationsIndexPage = {
    schemaVersion: 1,
    pairs: index.data.pairs.map((pair) => ({ ...pair, href: recordPath(pair.countries) })),
  };
  return { ok: true, body: JSON.stringify(page) };
}

/** Validates a state's reference document (it must be the document of `code`); the value is what the worker joins. */
export function decodeCountry(text: string, code: string): Decoded {
  const country = validated(CountryDocument, text);
  if (!country.ok) return country;
  if (country.data.code !== code) return misfiled('code', code, country.data.code);
  return { ok: true, body: text, value: country.data };
}

/** Validates the list of states and adds the path of each one's partner list. */
export function decodeCountries(text: string): Decoded {
  const list = validated(CountriesIndex, text);
  if (!list.ok) return list;
  const page: CountriesPage = {
    schemaVersion: 1,
    countries: list.data.countries.map((c) => ({ ...c, href: `/v1/countries/${c.code}/relations` })),
  };
  return { ok: true, body: JSON.stringify(page) };
}

/** Validates a state's partner list (it must be the list of `code`) and adds each record's path, `code` first. */
export function decodeCountryRelations(text: string, code: string): Decoded {
  const list = validated(CountryRelationsIndex, text);
  if (!list.ok) return list;
  if (list.data.country !== code) return misfiled('country', code, list.data.country);
  const page: CountryRelationsPage = {
    schemaVersion: 1,
    country: code,
    partners: list.data.partners.map((p) => ({ ...p, href: `/v1/relations/${code}/${p.country}` })),
  };
  return { ok: true, body: JSON.stringify(page) };
}
