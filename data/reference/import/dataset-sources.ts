// The datasets as the records cite them: data/reference/curation/datasets.json, with the wikidata entry dated by
// the live snapshot when there is one, so the snapshot's meta is the only place its date is written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../../schema/index.ts';
import { readMissionsSnapshot, SNAPSHOT_DIR, type SnapshotMeta } from './missions-snapshot.ts';

/** The `sources` of datasets.json with the snapshot applied. Pure. */
export function withSnapshot(sources: readonly Source[], meta: SnapshotMeta | undefined): Source[] {
  if (!meta) return [...sources];
  return sources.map((source) => {
    if (source.id !== 'wikidata') return source;
    // The revision names the database-of-embassies commit of the shared CSV; a live query has none.
    const { revision: _, ...rest } = source;
    return { ...rest, retrieved: meta.retrieved };
  });
}

/** The datasets' source entries of the repository at `root`. */
export function datasetSources(root: string): Source[] {
  const file = join(root, 'data', 'reference', 'curation', 'datasets.json');
  const { sources } = JSON.parse(readFileSync(file, 'utf8')) as { sources: Source[] };
  return withSnapshot(sources, readMissionsSnapshot(join(root, SNAPSHOT_DIR))?.meta);
}
