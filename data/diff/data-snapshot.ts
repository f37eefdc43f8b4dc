// One side of a diff: the data of a commit or of the working tree, built into per-pair records as data:build does.

import { articlePairRecord, checkedDocuments } from '../publish/checked-records.ts';
import type { DataFiles } from '../publish/data-files.ts';
import { readArticleRecords } from '../publish/read-article-records.ts';
import { readReferenceFiles } from '../publish/read-reference-files.ts';
import { composePair } from '../reference/compose-pair.ts';
import type { CountryDocument, RelationsRecord } from '../schema/index.ts';

/** The published facts of one side, ready to be compared pair by pair. */
export interface DataSnapshot {
  documents: Map<string, CountryDocument>;
  /** Each state's facts as text: two pairs whose states' texts are equal on both sides compose the same record. */
  fingerprints: Map<string, string>;
  /** The article pairs' published records (article, curation and reference facts, resolved), by pair id. */
  articles: Map<string, RelationsRecord>;
  /** Curated re-ranks that match no fact of their article record, by pair id. */
  unmatchedReranks: Map<string, string[]>;
  /** What data:build would report. */
  problems: string[];
}

/** Builds the snapshot of `files`. */
export function readSnapshot(files: DataFiles): DataSnapshot {
  const read = readArticleRecords(files);
  const problems = [...read.problems];
  // The documents' `articles` lists only route the worker; no fact depends on them.
  const { documents, problems: documentProblems } = checkedDocuments(readReferenceFiles(files), new Map());
  problems.push(...documentProblems);
  const byCode = new Map(documents.map((doc) => [doc.code, doc]));
  const articles = new Map<string, RelationsRecord>();
  for (const article of read.records) {
    const built = articlePairRecord(article, byCode);
    problems.push(...built.problems);
    if (built.record) articles.set(built.record.id, built.record);
  }
  const fingerprints = new Map(
    documents.map((doc) => [
      doc.code,
      JSON.stringify([doc.name, doc.missions, doc.memberships, doc.borders, doc.profile]),
    ]),
  );
  return { documents: byCode, fingerprints, articles, unmatchedReranks: read.unmatchedReranks, problems };
}

/** The record the API serves for the pair `id` of states `a` < `b`, or undefined when it answers 404. */
export function pairRecord(snapshot: DataSnapshot, id: string, a: string, b: string): RelationsRecord | undefined {
  const article = snapshot.articles.get(id);
  if (article) return article;
  const docA = snapshot.documents.get(a);
  const docB = snapshot.documents.get(b);
  return docA && docB ? composePair(docA, docB) : undefined;
}
