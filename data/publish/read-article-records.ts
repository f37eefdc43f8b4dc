// The committed article records with their curation merged in, validated, each problem reported with its file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { mergeCuration, unmatchedReranks } from '../curation/merge-curation.ts';
import { Curation, RelationsRecord } from '../schema/index.ts';

const jsonFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];

/**
 * Reads data/relations and data/curation under `root`. Records that fail validation are left out and reported;
 * `conflicts` are curated re-ranks that match no fact any more (the article moved on): a curator must look.
 */
export function readArticleRecords(root: string): { records: RelationsRecord[]; problems: string[]; conflicts: string[] } {
  const problems: string[] = [];
  const conflicts: string[] = [];
  const report = (file: string, error: z.ZodError) => {
    for (const issue of error.issues) problems.push(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  };
  const readJson = (file: string): unknown => {
    try {
      return JSON.parse(readFileSync(join(root, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
      return undefined;
    }
  };
  const relationsDir = join(root, 'data', 'relations');
  const curationDir = join(root, 'data', 'curation');
  const records: RelationsRecord[] = [];
  for (const name of jsonFiles(relationsDir)) {
    const file = `data/relations/${name}`;
    const parsed = RelationsRecord.safeParse(readJson(file));
    if (!parsed.success) {
      report(file, parsed.error);
      continue;
    }
    if (`${parsed.data.id}.json` !== name)
      problems.push(`${file}: id: "${parsed.data.id}" does not match the file name`);
    let record = parsed.data;
    if (existsSync(join(curationDir, name))) {
      const curationFile = `data/curation/${name}`;
      const curation = Curation.safeParse(readJson(curationFile));
      if (!curation.success) report(curationFile, curation.error);
      else {
        for (const miss of unmatchedReranks(record, curation.data)) conflicts.push(`${curationFile}: ${miss}`);
        const merged = RelationsRecord.safeParse(mergeCuration(record, curation.data));
        if (merged.success) record = merged.data;
        else report(`${curationFile} (merged into ${file})`, merged.error);
      }
    }
    records.push(record);
  }
  for (const name of jsonFiles(curationDir)) {
    if (!existsSync(join(relationsDir, name))) problems.push(`data/curation/${name}: no record data/relations/${name}`);
  }
  return { records, problems, conflicts };
}
