// The committed reference data as the worker sees it: each state's document, and the record of any pair.
import { fileURLToPath } from 'node:url';
import { readReferenceFiles } from '../../../data/publish/read-reference-files.ts';
import { composePair } from '../../../data/reference/compose-pair.ts';
import { countryDocuments } from '../../../data/reference/country-documents.ts';
import type { CountryDocument, RelationsRecord } from '../../../data/schema/index.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Every state's document, built from the committed files as data:build reads them (no article pairs). */
export const documents: ReadonlyMap<string, CountryDocument> = new Map(
  countryDocuments(readReferenceFiles(root), new Map()).map((doc) => [doc.code, doc]),
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
