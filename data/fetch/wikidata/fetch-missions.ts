// Refreshes the missions snapshot from the Wikidata Query Service: one SPARQL query through the polite client, the
// answer checked (SPARQL JSON, not far smaller than the snapshot it replaces) before a byte is written.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SNAPSHOT_CSV, SNAPSHOT_META, type SnapshotMeta } from '../../reference/import/missions-snapshot.ts';
import type { PoliteClient } from '../polite-client.ts';
import { writeAtomically } from '../write-atomically.ts';
import { missionsCsv } from './missions-csv.ts';
import { MISSIONS_QUERY, QUERY_VARIABLES, queryHash } from './missions-query.ts';
import { parseSparqlResults } from './sparql-results.ts';

/** Where the snapshot goes unless told: data/reference/sources, committed so data:check can rebuild from it. */
export const DEFAULT_OUT_DIR = fileURLToPath(new URL('../../reference/sources/', import.meta.url));

/** An answer with fewer rows than this share of the previous snapshot's is taken for a cut-off one. */
export const MIN_SHARE_OF_PREVIOUS = 0.5;

/** Options of fetchMissions. */
export interface FetchMissionsOptions {
  /** The SPARQL endpoint, e.g. https://query.wikidata.org/sparql. */
  endpoint: string | URL;
  /** The shared polite client (User-Agent, queue, retries of 429/503 with Retry-After). */
  client: PoliteClient;
  /** The snapshot's folder. @default DEFAULT_OUT_DIR */
  outDir?: string;
  /** Progress lines. @default none */
  log?: (line: string) => void;
  /** The clock, for the meta's `retrieved`. @default () => new Date() */
  now?: () => Date;
  /** The previous rows to hold a first answer to when no snapshot exists yet (the shared CSV's). */
  baselineRows?: number;
}

/** What a refresh wrote. */
export interface FetchMissionsSummary {
  /** The CSV written (`<outDir>/wikidata-missions.csv`). */
  file: string;
  rows: number;
  /** The previous snapshot's rows, when there was one. */
  previousRows: number | undefined;
  /** The CSV's size in bytes. */
  bytes: number;
  /** From the request to the rename. */
  ms: number;
}

/**
 * Runs the missions query and replaces `<outDir>/wikidata-missions.csv` and `.meta.json`. Throws an Error with a
 * one-line message, leaving the previous snapshot as it was, when the request fails for good (a FetchError from the
 * client), the answer is not SPARQL JSON, has no rows, or has under half the previous snapshot's rows.
 */
export async function fetchMissions(options: FetchMissionsOptions): Promise<FetchMissionsSummary> {
  const started = performance.now();
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  const log = options.log ?? (() => {});
  const endpoint = new URL(options.endpoint);
  const hash = queryHash(MISSIONS_QUERY);
  log(`wikidata missions: asking ${endpoint.host} (query ${hash})`);
  const response = await options.client.request(endpoint, {
    method: 'POST',
    headers: {
      Accept: 'application/sparql-results+json',
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ query: MISSIONS_QUERY }).toString(),
  });

  const failure = (why: string) => new Error(`wikidata missions: ${why}; the snapshot in ${outDir} is unchanged`);
  let csv: { text: string; rows: number };
  try {
    csv = missionsCsv(parseSparqlResults(response.text, QUERY_VARIABLES).results.bindings);
  } catch (error) {
    throw failure(`${endpoint.host}: ${(error as Error).message}`);
  }
  const { text, rows } = csv;
  const previousRows = countRows(join(outDir, SNAPSHOT_CSV)) ?? options.baselineRows;
  if (rows === 0) throw failure('the answer has no missions');
  if (previousRows !== undefined && rows < previousRows * MIN_SHARE_OF_PREVIOUS)
    throw failure(
      `${rows} missions, under half of the ${previousRows} the missions data had (a cut-off or timed-out answer?)`,
    );

  const meta: SnapshotMeta = {
    retrieved: (options.now?.() ?? new Date()).toISOString().slice(0, 10),
    endpoint: endpoint.href,
    rows,
    queryHash: hash,
  };
  mkdirSync(outDir, { recursive: true });
  // The CSV first: a run stopped between the renames leaves the new CSV with the old meta, which data:check shows.
  writeAtomically(join(outDir, SNAPSHOT_CSV), text);
  writeAtomically(join(outDir, SNAPSHOT_META), `${JSON.stringify(meta, null, 2)}\n`);
  const summary = {
    file: join(outDir, SNAPSHOT_CSV),
    rows,
    previousRows,
    bytes: Buffer.byteLength(text),
    ms: Math.round(performance.now() - started),
  };
  log(
    `wikidata missions: ${rows} rows${previousRows === undefined ? '' : ` (were ${previousRows})`}, ` +
      `${(summary.bytes / 1024).toFixed(0)} KiB in ${summary.ms} ms -> ${summary.file}`,
  );
  return summary;
}

/** The data rows of a snapshot CSV (or of the shared CSV), or undefined when there is none. */
export function countRows(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return Math.max(0, lines.length - 1);
}
