// `npm run data:build`: validates the article records, merges curation and the reference data, and writes the KV
// upload (dist/kv/relations.json) and the record's JSON Schema.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { bulkFile, kvEntries } from '../publish/kv-entries.ts';
import { readArticleRecords, rerankMisses } from '../publish/read-article-records.ts';
import { readReferenceFiles } from '../publish/read-reference-files.ts';
import { relationsRecordJsonSchema } from '../schema/index.ts';
import { root } from './cli.ts';

const outFile = join(root, 'dist', 'kv', 'relations.json');
const schemaFile = join(root, 'data', 'schema', 'relations-record.schema.json');
const started = performance.now();
// The refresh job builds through curation conflicts so its pull request can show them; a deploy never does.
const { values } = parseArgs({ options: { 'conflicts-ok': { type: 'boolean', default: false } } });

const { records, problems, unmatchedReranks } = readArticleRecords(root);
const conflicts = rerankMisses(unmatchedReranks);
if (!values['conflicts-ok']) problems.push(...conflicts);
const built = kvEntries(records, readReferenceFiles(root));
problems.push(...built.problems);

mkdirSync(dirname(outFile), { recursive: true });
const text = bulkFile(built.entries);
writeFileSync(outFile, text);
writeFileSync(schemaFile, relationsRecordJsonSchema());
const { stats } = built;
console.log(
  `data: ${built.entries.length} keys (${(Buffer.byteLength(text) / 1048576).toFixed(1)} MiB) -> ${outFile.slice(root.length + 1)} in ${Math.round(performance.now() - started)} ms: ` +
    `${stats.states} states, ${stats.pairsWithRecord} of ${stats.pairs} pairs with a record ` +
    `(${stats.pairsWithMissions} with missions, ${stats.articlePairs} with an article)`,
);
if (values['conflicts-ok'])
  for (const conflict of conflicts) console.warn(`curation conflict (a curator must review): ${conflict}`);
for (const problem of problems) console.error(problem);
if (problems.length) {
  console.error(`data: ${problems.length} problem(s)`);
  process.exit(1);
}
