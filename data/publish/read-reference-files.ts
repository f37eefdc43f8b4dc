// The committed reference data (data/reference/*.json, written by `npm run data:reference`), as read by data:build.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReferenceFiles } from '../reference/country-documents.ts';
import { datasetSources } from '../reference/import/dataset-sources.ts';

/** Reads the three generated files and the datasets' source entries under `root`. */
export function readReferenceFiles(root: string): ReferenceFiles {
  const read = (file: string) => JSON.parse(readFileSync(join(root, 'data', 'reference', file), 'utf8'));
  return {
    countries: read('countries.json').countries,
    organizations: read('organizations.json').organizations,
    missions: read('missions.json').missions,
    datasets: datasetSources(treeReader(root)),
  };
}

/** A file's text by its path in the repository at `root`, or undefined. */
export const treeReader =
  (root: string) =>
  (path: string): string | undefined =>
    existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined;
