// The live missions snapshot (data/reference/sources/wikidata-missions.csv and its .meta.json): where it is and what
// its meta says. The fetcher writes it, the import prefers it to the shared CSV, and the records take its date.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The snapshot's folder, relative to the repository (with `/`, as a DataFiles reader takes paths). */
export const SNAPSHOT_DIR = 'data/reference/sources';
export const SNAPSHOT_CSV = 'wikidata-missions.csv';
export const SNAPSHOT_META = 'wikidata-missions.meta.json';

/** What wikidata-missions.meta.json records about the fetch that made the CSV. */
export interface SnapshotMeta {
  /** The day the query ran (YYYY-MM-DD): the `retrieved` of the wikidata source in the records. */
  retrieved: string;
  endpoint: string;
  rows: number;
  /** Which query made it: a change of the query shows in the meta's diff. */
  queryHash: string;
}

/** A snapshot found in a folder: the CSV's path and its meta. */
export interface MissionsSnapshot {
  csv: string;
  meta: SnapshotMeta;
}

/** The meta's text as a SnapshotMeta; throws naming `file` when it is not JSON or has no date. */
export function parseSnapshotMeta(text: string, file: string): SnapshotMeta {
  let meta: Partial<SnapshotMeta>;
  try {
    meta = JSON.parse(text) as Partial<SnapshotMeta>;
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  if (typeof meta.retrieved !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(meta.retrieved))
    throw new Error(`${file}: no retrieved date (YYYY-MM-DD)`);
  return {
    retrieved: meta.retrieved,
    endpoint: String(meta.endpoint ?? ''),
    rows: Number(meta.rows ?? 0),
    queryHash: String(meta.queryHash ?? ''),
  };
}

/**
 * The snapshot in `dir`, or undefined when there is none. One file without the other throws: a CSV without its
 * meta has no date, and a meta alone would date the records by a snapshot the import did not read.
 */
export function readMissionsSnapshot(dir: string): MissionsSnapshot | undefined {
  const csv = join(dir, SNAPSHOT_CSV);
  const meta = join(dir, SNAPSHOT_META);
  const [hasCsv, hasMeta] = [existsSync(csv), existsSync(meta)];
  if (!hasCsv && !hasMeta) return undefined;
  if (!hasCsv || !hasMeta) throw new Error(`${hasCsv ? meta : csv}: missing (the snapshot is both files)`);
  return { csv, meta: parseSnapshotMeta(readFileSync(meta, 'utf8'), meta) };
}
