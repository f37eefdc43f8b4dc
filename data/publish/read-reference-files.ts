// The committed reference data (data/reference/*.json, written by `npm run data:reference`), as read by data:build.
import type { ReferenceFiles } from '../reference/country-documents.ts';
import { datasetSources } from '../reference/import/dataset-sources.ts';
import { type DataFiles, treeFiles } from './data-files.ts';

/** Reads the three generated files and the datasets' source entries from `files` (or the tree under a root). */
export function readReferenceFiles(files: DataFiles | string): ReferenceFiles {
  const data = typeof files === 'string' ? treeFiles(files) : files;
  const read = (file: string) => {
    const path = `data/reference/${file}`;
    const text = data.read(path);
    if (text === undefined) throw new Error(`${path}: missing`);
    return JSON.parse(text);
  };
  return {
    countries: read('countries.json').countries,
    organizations: read('organizations.json').organizations,
    missions: read('missions.json').missions,
    datasets: datasetSources((path) => data.read(path)),
  };
}
