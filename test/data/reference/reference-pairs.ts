// The committed reference data as the worker sees it: each state's document, and the record of any pair.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { treeFiles } from '../../../data/publish/data-files.ts';
import { composePair } from '../../../data/reference/compose-pair.ts';
import { countryDocuments } from '../../../data/reference/country-documents.ts';
import { datasetSources } from '../../../data/reference/import/dataset-sources.ts';
import type { CountryDocument, RelationsRecord } from '../../../data/schema/index.ts';

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../data/reference/${file}`, import.meta.url), 'utf8'));

/** Every state's document, built from the committed files (no article pairs). */
export const documents: ReadonlyMap<string, CountryDocument> = new Map(
  countryDocuments(
    {
      countries: read('countries.json').countries,
      organizations: read('organizations.json').organizations,
      missions: read('missions.json').missions,
      datasets: datasetSources((path) => treeFiles(fileURLToPath(new URL('../../..', import.meta.url))).read(path)),
    },
    new Map(),
  ).map((doc) => [doc.code, doc]),
);

/** The reference record of a pair of alpha-2 codes, or undefined when the datasets hold nothing for it. */
export function pair(a: string, b: string): RelationsRecord | undefined {
  const one = documents.get(a);
  const other = documents.get(b);
  if (!one || !other) throw new Error(`no document for ${one ? b : a}`);
  return composePair(one, other);
}

/** A mission as one short line: `FR→DE embassy Berlin (Mitte) resident opened 1871`. */
export const missionLine = (m: RelationsRecord['missions'][number]): string =>
  [
    `${m.sender}→${m.host} ${m.kind}`,
    m.city,
    m.district && `(${m.district})`,
    m.residency,
    m.accreditedFrom && `from ${m.accreditedFrom.city ?? ''} ${m.accreditedFrom.country}`.replace('  ', ' '),
    m.opened && `opened ${m.opened}`,
  ]
    .filter(Boolean)
    .join(' ');
