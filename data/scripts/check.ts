// `npm run data:check`: fails unless the committed records and JSON Schema are what the pipeline produces today.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestArticle } from '../ingest/index.ts';
import { importReference } from '../reference/import/import-reference.ts';
import { hasDatasets, readDatasets } from '../reference/import/read-datasets.ts';
import { referenceDir } from '../reference/import/reference-dir.ts';
import { referenceFiles } from '../reference/import/reference-files.ts';
import { relationsRecordJsonSchema } from '../schema/index.ts';
import { findArticleTexts } from './article-texts.ts';
import { root } from './cli.ts';
import { formatRecord } from './record-file.ts';
import { readSourcesManifest } from './sources-manifest.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: process.env.RELATIONS_SEEDS ?? join(root, '..', 'shared', 'seeds') },
    reference: { type: 'string' },
  },
});
const relationsDir = join(root, 'data', 'relations');
const problems: string[] = [];

/** The first line where two texts differ, as a hint of what changed. */
function firstDifference(committed: string, produced: string): string {
  const a = committed.split('\n');
  const b = produced.split('\n');
  const line = a.findIndex((text, i) => text !== b[i]);
  const at = line < 0 ? a.length : line;
  return `line ${at + 1}: committed ${JSON.stringify(a[at] ?? '(end)')}, produced ${JSON.stringify(b[at] ?? '(end)')}`;
}

function compare(file: string, produced: string): void {
  const path = join(root, file);
  if (!existsSync(path)) {
    problems.push(`${file}: missing (the pipeline produces it)`);
    return;
  }
  const committed = readFileSync(path, 'utf8');
  if (committed !== produced)
    problems.push(`${file}: differs from what the pipeline produces; ${firstDifference(committed, produced)}`);
}

compare('data/schema/relations-record.schema.json', relationsRecordJsonSchema());

const reference = referenceDir(root, values.reference);
/** Whether the datasets are there; a half-written missions snapshot is a problem to report, not a crash. */
function datasetsPresent(): boolean | 'broken' {
  try {
    return hasDatasets(root, reference);
  } catch (error) {
    problems.push(`reference data: ${(error as Error).message}`);
    return 'broken';
  }
}
const present = datasetsPresent();
const referenceMissing = present === false;
if (present === 'broken') {
  // reported above
} else if (referenceMissing) {
  const message = `no datasets at ${reference}; reference data NOT checked (set --reference DIR or RELATIONS_REFERENCE)`;
  if (process.env.CI) problems.push(message);
  else console.warn(`data:check: ${message}`);
} else {
  try {
    const { data } = importReference(readDatasets(root, reference));
    for (const [file, text] of Object.entries(referenceFiles(data))) compare(file, text);
  } catch (error) {
    problems.push(`reference data: ${(error as Error).message}`);
  }
}

const articlesDir = join(root, 'data', 'articles');
const manifest = readSourcesManifest(join(root, 'data', 'sources.json'));
const texts = findArticleTexts(manifest, [articlesDir, values.seeds]);
// A seed has no revision to vouch for its record, so its text must be here; a fetched article's need not be.
const absentSeeds = texts.absent.filter((entry) => entry.revision === undefined).map((entry) => entry.file);
if (absentSeeds.length) {
  const message = `seed article(s) ${absentSeeds.join(', ')} not found in ${values.seeds} or data/articles; their records not checked (set --seeds DIR or RELATIONS_SEEDS)`;
  // In CI a check that checked nothing must not pass; on a laptop without the seeds it still checks the rest.
  if (process.env.CI) problems.push(message);
  else console.warn(`data:check: ${message}`);
}
for (const name of texts.unlisted)
  problems.push(`${name}: not listed in data/sources.json (its retrieval date makes the record reproducible)`);
const produced = new Set<string>();
for (const { name, text, entry } of texts.found) {
  const result = ingestArticle(text, {
    retrieved: entry.retrieved,
    ...(entry.url ? { url: entry.url } : {}),
    ...(entry.revision ? { revision: entry.revision } : {}),
  });
  for (const error of result.errors) problems.push(`${name}:${error.line}: ${error.message}`);
  if (!result.record) continue;
  produced.add(`${result.record.id}.json`);
  compare(`data/relations/${result.record.id}.json`, formatRecord(result.record));
}
// A fetched article's text is not committed (its sentences are Wikipedia's): its record is vouched for by revision.
const absentRevisions = new Set(texts.absent.flatMap((entry) => (entry.revision ? [entry.revision] : [])));
let unverified = 0;
for (const name of readdirSync(relationsDir).filter((f) => f.endsWith('.json'))) {
  if (produced.has(name)) continue;
  const record = JSON.parse(readFileSync(join(relationsDir, name), 'utf8')) as { sources?: { revision?: string }[] };
  const revision = record.sources?.[0]?.revision;
  if (revision && absentRevisions.has(revision)) unverified++;
  else if (!revision && absentSeeds.length)
    continue; // already named above as not checked
  else problems.push(`data/relations/${name}: no article in data/sources.json produces it`);
}

if (problems.length) {
  for (const problem of problems) console.error(problem);
  console.error(
    'data:check failed. Regenerate with:\n  npm run ingest -- ../shared/seeds/*.txt data/articles/*.txt && npm run data:reference && npm run data:build\nthen review and commit data/relations, data/reference and data/schema/relations-record.schema.json',
  );
  process.exit(1);
}
const unchecked = [
  absentSeeds.length > 0 && `${absentSeeds.length} record(s) (no seed text)`,
  unverified > 0 &&
    `${unverified} record(s) of fetched articles not here (npm run data:fetch), checked by revision only`,
  referenceMissing && 'reference data (no datasets)',
].filter(Boolean);
console.log(
  unchecked.length
    ? `data:check: what could be checked matches the pipeline; NOT checked: ${unchecked.join(', ')}`
    : 'data:check: committed records, reference data and JSON Schema match the pipeline',
);
