// `npm run data:build`: validates data/relations, merges data/curation, writes the KV upload and the JSON Schema.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { mergeCuration, unmatchedReranks } from '../curation/merge-curation.ts';
import { resolveRecord } from '../facts/resolve-claims.ts';
import {
  Curation,
  INDEX_KEY,
  RelationsIndex,
  RelationsRecord,
  recordKey,
  relationsRecordJsonSchema,
} from '../schema/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const relationsDir = join(root, 'data', 'relations');
const curationDir = join(root, 'data', 'curation');
const outFile = join(root, 'dist', 'kv', 'relations.json');
const schemaFile = join(root, 'data', 'schema', 'relations-record.schema.json');

const problems: string[] = [];
const report = (file: string, error: z.ZodError) => {
  for (const issue of error.issues) problems.push(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
};

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch (error) {
    problems.push(`${file}: ${(error as Error).message}`);
    return undefined;
  }
}

const jsonFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];

const records: RelationsRecord[] = [];
for (const name of jsonFiles(relationsDir)) {
  const file = `data/relations/${name}`;
  const parsed = RelationsRecord.safeParse(readJson(file));
  if (!parsed.success) {
    report(file, parsed.error);
    continue;
  }
  if (`${parsed.data.id}.json` !== name) problems.push(`${file}: id: "${parsed.data.id}" does not match the file name`);
  const curationName = `${parsed.data.id}.json`;
  let record = parsed.data;
  if (existsSync(join(curationDir, curationName))) {
    const curationFile = `data/curation/${curationName}`;
    const curation = Curation.safeParse(readJson(curationFile));
    if (!curation.success) report(curationFile, curation.error);
    else {
      for (const miss of unmatchedReranks(record, curation.data)) problems.push(`${curationFile}: ${miss}`);
      const merged = RelationsRecord.safeParse(mergeCuration(record, curation.data));
      if (merged.success) record = merged.data;
      else report(`${curationFile} (merged into ${file})`, merged.error);
    }
  }
  records.push(resolveRecord(record));
}
for (const name of jsonFiles(curationDir)) {
  if (!existsSync(join(relationsDir, name))) problems.push(`data/curation/${name}: no record data/relations/${name}`);
}

const index = RelationsIndex.parse({
  schemaVersion: 1,
  pairs: records.map(({ id, countries, title }) => ({ id, countries, title })),
});
const entries = [
  ...records.map((record) => ({ key: recordKey(record.id), value: JSON.stringify(record) })),
  { key: INDEX_KEY, value: JSON.stringify(index) },
];
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(entries, null, 1)}\n`);
writeFileSync(schemaFile, relationsRecordJsonSchema());
console.log(
  `data: ${records.length} record(s) -> ${outFile.slice(root.length + 1)}; JSON Schema -> ${schemaFile.slice(root.length + 1)}`,
);
for (const problem of problems) console.error(problem);
if (problems.length) {
  console.error(`data: ${problems.length} problem(s)`);
  process.exit(1);
}
