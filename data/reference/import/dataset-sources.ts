// The datasets as the records cite them: data/reference/curation/datasets.json, with the wikidata entry dated by
// the live snapshot when there is one, so the snapshot's meta is the only place its date is written.
import type { Source } from '../../schema/index.ts';
import { parseSnapshotMeta, SNAPSHOT_DIR, SNAPSHOT_META, type SnapshotMeta } from './missions-snapshot.ts';

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

/**
 * The datasets' source entries. `read` gives a file's text by its path in the repository (`data/reference/...`),
 * or undefined, so the entries can be read from the working tree or from any commit.
 */
export function datasetSources(read: (path: string) => string | undefined): Source[] {
  const datasets = 'data/reference/curation/datasets.json';
  const text = read(datasets);
  if (text === undefined) throw new Error(`${datasets}: missing`);
  const metaFile = `${SNAPSHOT_DIR}/${SNAPSHOT_META}`;
  const meta = read(metaFile);
  return withSnapshot(
    (JSON.parse(text) as { sources: Source[] }).sources,
    meta === undefined ? undefined : parseSnapshotMeta(meta, metaFile),
  );
}
