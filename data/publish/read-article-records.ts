// The committed article records with their curation merged in, validated, each problem reported with its file.
import type { z } from 'zod';
import { mergeCuration, unmatchedReranks } from '../curation/merge-curation.ts';
import { Curation, RelationsRecord } from '../schema/index.ts';
import { type DataFiles, treeFiles } from './data-files.ts';

/** The article records as the build reads them. */
export interface ArticleRecords {
  records: RelationsRecord[];
  problems: string[];
  /** Per pair id, the curated re-ranks that match no fact of its article record: the article moved on. */
  unmatchedReranks: Map<string, string[]>;
}

/**
 * Reads data/relations and data/curation from `files` (or the working tree under a root folder). Records that
 * fail validation are left out and reported.
 */
export function readArticleRecords(files: DataFiles | string): ArticleRecords {
  const data = typeof files === 'string' ? treeFiles(files) : files;
  const problems: string[] = [];
  const unmatched = new Map<string, string[]>();
  const report = (file: string, error: z.ZodError) => {
    for (const issue of error.issues) problems.push(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  };
  const readJson = (file: string): unknown => {
    try {
      return JSON.parse(data.read(file) ?? '');
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
      return undefined;
    }
  };
  const jsonFiles = (dir: string) => data.list(dir).filter((f) => f.endsWith('.json'));
  const relationNames = new Set(jsonFiles('data/relations'));
  const curationNames = new Set(jsonFiles('data/curation'));
  const records: RelationsRecord[] = [];
  for (const name of relationNames) {
    const file = `data/relations/${name}`;
    const parsed = RelationsRecord.safeParse(readJson(file));
    if (!parsed.success) {
      report(file, parsed.error);
      continue;
    }
    if (`${parsed.data.id}.json` !== name)
      problems.push(`${file}: id: "${parsed.data.id}" does not match the file name`);
    let record = parsed.data;
    if (curationNames.has(name)) {
      const curationFile = `data/curation/${name}`;
      const curation = Curation.safeParse(readJson(curationFile));
      if (!curation.success) report(curationFile, curation.error);
      else {
        const misses = unmatchedReranks(record, curation.data);
        if (misses.length) unmatched.set(record.id, misses);
        const merged = RelationsRecord.safeParse(mergeCuration(record, curation.data));
        if (merged.success) record = merged.data;
        else report(`${curationFile} (merged into ${file})`, merged.error);
      }
    }
    records.push(record);
  }
  for (const name of curationNames) {
    if (!relationNames.has(name)) problems.push(`data/curation/${name}: no record data/relations/${name}`);
  }
  return { records, problems, unmatchedReranks: unmatched };
}

/** A re-rank that matches nothing, as one line naming its curation file: a curator must look. */
export const rerankMiss = (pairId: string, miss: string): string => `data/curation/${pairId}.json: ${miss}`;

/** Every re-rank that matches nothing, one line each. */
export const rerankMisses = (unmatched: ArticleRecords['unmatchedReranks']): string[] =>
  [...unmatched].flatMap(([pairId, misses]) => misses.map((miss) => rerankMiss(pairId, miss)));
