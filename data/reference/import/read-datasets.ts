// The datasets' files as the import reads them, from a folder laid out like ../shared/reference, with the live
// missions snapshot (data/reference/sources) in place of the shared missions CSV when it has been fetched.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTERNACIA, MISSIONS_CSV, type ReferenceInput } from './import-reference.ts';
import { readMissionsSnapshot, SNAPSHOT_DIR } from './missions-snapshot.ts';
import { readCuration } from './read-curation.ts';

/** Whether both datasets are there: Internacia in `from`, the missions as the snapshot under `root` or in `from`. */
export const hasDatasets = (root: string, from: string): boolean =>
  existsSync(join(from, INTERNACIA, 'countries')) && existsSync(missionsFile(root, from));

/** The missions file the import reads: the snapshot under `root` if there is one, else the shared CSV in `from`. */
export const missionsFile = (root: string, from: string): string =>
  readMissionsSnapshot(join(root, SNAPSHOT_DIR))?.csv ?? join(from, MISSIONS_CSV);

/** The import's input: files under `from` (the missions CSV possibly from the snapshot), curation under `root`. */
export function readDatasets(root: string, from: string): ReferenceInput {
  const missions = missionsFile(root, from);
  return {
    read: (file) => {
      const path = file === MISSIONS_CSV ? missions : join(from, file);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    },
    countryFiles: readdirSync(join(from, INTERNACIA, 'countries'))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => `${INTERNACIA}/countries/${f}`),
    curation: readCuration(join(root, 'data', 'reference', 'curation')),
  };
}
