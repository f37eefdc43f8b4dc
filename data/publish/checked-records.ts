// The states' documents and the article pairs' records as data:build publishes them, each validated: shared with
// data:diff so that it compares exactly what would be published.
import { resolveRecord } from '../facts/resolve-claims.ts';
import { composePair } from '../reference/compose-pair.ts';
import { countryDocuments, type ReferenceFiles } from '../reference/country-documents.ts';
import { CountryDocument, FACT_KINDS, RelationsRecord } from '../schema/index.ts';

/** The state documents that validate, in code order; the others are reported. */
export function checkedDocuments(
  reference: ReferenceFiles,
  articlePartners: ReadonlyMap<string, string[]>,
): { documents: CountryDocument[]; problems: string[] } {
  const problems: string[] = [];
  const documents = countryDocuments(reference, articlePartners).filter((doc) => {
    const checked = CountryDocument.safeParse(doc);
    for (const issue of checked.error?.issues ?? [])
      problems.push(`country ${doc.code}: ${issue.path.join('.')}: ${issue.message}`);
    return checked.success;
  });
  return { documents, problems };
}

/**
 * An article pair's published record: the article's facts (curation merged) with the pair's reference facts,
 * claims resolved. Undefined, with the problems, when the result does not validate.
 */
export function articlePairRecord(
  article: RelationsRecord,
  documents: ReadonlyMap<string, CountryDocument>,
): { record?: RelationsRecord; problems: string[] } {
  const [a, b] = article.countries;
  const docA = documents.get(a);
  const docB = documents.get(b);
  const reference = docA && docB ? composePair(docA, docB) : undefined;
  const checked = RelationsRecord.safeParse(resolveRecord(reference ? withReference(article, reference) : article));
  if (checked.success) return { record: checked.data, problems: [] };
  return { problems: checked.error.issues.map((i) => `record ${article.id}: ${i.path.join('.')}: ${i.message}`) };
}

/** The article record with the reference facts added (the same claim from both becomes one when resolved). */
function withReference(article: RelationsRecord, reference: RelationsRecord): RelationsRecord {
  const combined: RelationsRecord = { ...article, sources: [...article.sources] };
  for (const kind of FACT_KINDS) (combined[kind] as unknown[]) = [...article[kind], ...reference[kind]];
  for (const source of reference.sources) {
    if (!combined.sources.some((s) => s.id === source.id)) combined.sources.push(source);
  }
  return combined;
}
