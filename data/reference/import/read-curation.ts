// The curated inputs of the import, read from data/reference/curation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReferenceInput } from './import-reference.ts';

/** Reads the four curated files from `dir` (data/reference/curation). Throws naming the file that is not JSON. */
export function readCuration(dir: string): ReferenceInput['curation'] {
  const read = (name: string) => {
    const file = join(dir, name);
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
  };
  return {
    states: read('wikidata-states.json'),
    kinds: read('mission-kinds.json'),
    places: read('place-names.json'),
    organizations: read('organizations.json'),
  };
}
