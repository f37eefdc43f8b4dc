// The datasets' files as the import reads them, from a folder laid out like ../shared/reference.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INTERNACIA, MISSIONS_CSV, type ReferenceInput } from './import-reference.ts';
import { readCuration } from './read-curation.ts';

/** Whether `from` holds both datasets. */
export const hasDatasets = (from: string): boolean =>
  existsSync(join(from, INTERNACIA, 'countries')) && existsSync(join(from, MISSIONS_CSV));

/** The import's input: files under `from`, curation under `root`/data/reference/curation. */
export function readDatasets(root: string, from: string): ReferenceInput {
  return {
    read: (file) => {
      const path = join(from, file);
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    },
    countryFiles: readdirSync(join(from, INTERNACIA, 'countries'))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => `${INTERNACIA}/countries/${f}`),
    curation: readCuration(join(root, 'data', 'reference', 'curation')),
  };
}
