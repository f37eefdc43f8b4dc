// The SPARQL query behind the missions snapshot (missions-query.sparql, where its differences from the original are
// explained), and a short hash of it for the snapshot's meta.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The query's text, as sent to the endpoint (it can be pasted into query.wikidata.org as it is). */
export const MISSIONS_QUERY: string = readFileSync(new URL('./missions-query.sparql', import.meta.url), 'utf8');

/** The variables the query selects, in its order: the converter reads these and nothing else. */
export const QUERY_VARIABLES = [
  'operator',
  'operatorQID',
  'jurisdictions',
  'jurisdictionQIDs',
  'country',
  'countryQID',
  'city',
  'cityQID',
  'address',
  'coordinates',
  'phone',
  'email',
  'website',
  'facebook',
  'twitter',
  'youtube',
  'image',
  'type',
  'typeQID',
  'creation',
  'creationPrecision',
  'QID',
] as const;

/** `sha256:` and the first 16 hex digits of the text's SHA-256. */
export const queryHash = (query: string): string =>
  `sha256:${createHash('sha256').update(query).digest('hex').slice(0, 16)}`;
