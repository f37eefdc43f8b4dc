// Builds the KV upload from the committed records: `npm run data:build` -> dist/kv/relations.json.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_KEY, type RelationsIndex, RelationsRecord, recordKey } from '../schema/index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const relationsDir = join(root, 'data', 'relations');
const outFile = join(root, 'dist', 'kv', 'relations.json');

const records: RelationsRecord[] = [];
let failed = false;
for (const file of readdirSync(relationsDir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const parsed = RelationsRecord.safeParse(JSON.parse(readFileSync(join(relationsDir, file), 'utf8')));
  if (parsed.success) records.push(parsed.data);
  else {
    failed = true;
    for (const issue of parsed.error.issues)
      console.error(`data/relations/${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
}

const index: RelationsIndex = {
  schemaVersion: 1,
  pairs: records.map(({ id, countries, title }) => ({ id, countries, title })),
};
const entries = [
  ...records.map((record) => ({ key: recordKey(record.id), value: JSON.stringify(record) })),
  { key: INDEX_KEY, value: JSON.stringify(index) },
];
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(entries, null, 1)}\n`);
console.log(`data: ${records.length} records -> ${outFile.slice(root.length + 1)}`);
if (failed) process.exit(1);
