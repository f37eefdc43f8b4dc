// The live missions snapshot (data/reference/sources/wikidata-missions.csv and its .meta.json): where it is and what
// its meta says. The fetcher writes it, the import prefers it to the shared CSV, and the records take its date.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The snapshot's folder, relative to the repository. */
export const SNAPSHOT_DIR = join('data', 'reference', 'sources');
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

/**
 * The snapshot in `dir`, or undefined when there is no CSV. A CSV without a readable meta throws: its date would be
 * unknown, and the records must not cite the shared CSV's date for it.
 */
export function readMissionsSnapshot(dir: string): MissionsSnapshot | undefined {
  const csv = join(dir, SNAPSHOT_CSV);
  if (!existsSync(csv)) return undefined;
  const file = join(dir, SNAPSHOT_META);
  let meta: Partial<SnapshotMeta>;
  try {
    meta = JSON.parse(readFileSync(file, 'utf8')) as Partial<SnapshotMeta>;
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message} (the snapshot ${SNAPSHOT_CSV} needs it)`);
  }
  if (typeof meta.retrieved !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(meta.retrieved))
    throw new Error(`${file}: no retrieved date (YYYY-MM-DD)`);
  return {
    csv,
    meta: {
      retrieved: meta.retrieved,
      endpoint: String(meta.endpoint ?? ''),
      rows: Number(meta.rows ?? 0),
      queryHash: String(meta.queryHash ?? ''),
    },
  };
}
