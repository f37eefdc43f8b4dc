// What KV stores, checked against the schema and turned into the exact JSON the API serves.
import * as z from 'zod';
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

/** The body to serve, or the reasons the stored text was refused. */
export type Decoded = { ok: true; body: string } | { ok: false; issues: string[] };

/** The path of a pair's record in the API. */
export const recordPath = (countries: readonly [string, string]): string =>
  `/v1/relations/${countries[0]}/${countries[1]}`;

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; issues: string[] } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, issues: ['not JSON'] };
  }
}

function issuesOf(error: z.ZodError): string[] {
  return error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

/** Validates a stored record (it must be the record of `id`) and serializes what the schema keeps. */
export function decodeRecord(text: string, id: string): Decoded {
  const json = parseJson(text);
  if (!json.ok) return json;
  const parsed = RelationsRecord.safeParse(json.value);
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
  if (parsed.data.id !== id) return { ok: false, issues: [`id: stored under ${id} but says ${parsed.data.id}`] };
  return { ok: true, body: JSON.stringify(parsed.data) };
}

/** Validates the stored index and adds the path of each record. */
export function decodeIndex(text: string): Decoded {
  const json = parseJson(text);
  if (!json.ok) return json;
  const parsed = RelationsIndex.safeParse(json.value);
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
  const page: RelationsIndexPage = {
    schemaVersion: 1,
    pairs: parsed.data.pairs.map((pair) => ({ ...pair, href: recordPath(pair.countries) })),
  };
  return { ok: true, body: JSON.stringify(page) };
}
