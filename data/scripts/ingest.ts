// `npm run ingest -- [--out DIR] [--retrieved YYYY-MM-DD] FILE...`: articles in, one record per article out.
import { writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { prepareOutputDir } from '../ingest/cli/output-dir.ts';
import { readArticleFile } from '../ingest/cli/read-article-file.ts';
import { ingestArticle } from '../ingest/index.ts';
import { FACT_KINDS, type FactKind } from '../schema/index.ts';
import { commandLine, root } from './cli.ts';
import { formatRecord } from './record-file.ts';
import { readSourcesManifest } from './sources-manifest.ts';

/** Each fact kind's name for one fact, so the summary reads "1 event, 2 missions". */
const ONE: Record<FactKind, string> = {
  events: 'event',
  missions: 'mission',
  memberships: 'membership',
  agreements: 'agreement',
  visits: 'visit',
  assistance: 'assistance',
  diaspora: 'diaspora',
  borders: 'border',
};

const USAGE = 'usage: npm run ingest -- [--out DIR] [--retrieved YYYY-MM-DD] [--manifest FILE] FILE...';

/** Ends the run with one clear line on stderr and exit code 1. */
function fail(message: string): never {
  console.error(`ingest: ${message}`);
  process.exit(1);
}

const { values, positionals } = commandLine(
  {
    allowPositionals: true,
    options: {
      out: { type: 'string', default: join(root, 'data', 'relations') },
      retrieved: { type: 'string' },
      manifest: { type: 'string', default: join(root, 'data', 'sources.json') },
    },
  },
  (message) => fail(`${message} (${USAGE})`),
);

if (positionals.length === 0) fail(USAGE);
if (values.retrieved && !/^\d{4}-\d{2}-\d{2}$/.test(values.retrieved))
  fail(`--retrieved must be a date such as 2026-11-28, not "${values.retrieved}"`);

let manifest: ReturnType<typeof readSourcesManifest>;
try {
  manifest = readSourcesManifest(values.manifest);
} catch (error) {
  fail(`cannot read the manifest ${values.manifest} (${(error as Error).message.split('\n')[0]})`);
}
const today = new Date().toISOString().slice(0, 10);
const outProblem = prepareOutputDir(values.out);
if (outProblem) fail(outProblem);
let written = 0;
let failed = 0;
let warningCount = 0;
const ids = new Map<string, string>();

for (const file of positionals) {
  const read = readArticleFile(file);
  if ('error' in read) {
    console.error(`${file}:1: error: ${read.error}`);
    failed++;
    continue;
  }
  const text = read.text;
  const entry = manifest.get(basename(file));
  const result = ingestArticle(text, {
    retrieved: values.retrieved ?? entry?.retrieved ?? today,
    ...(entry?.url ? { url: entry.url } : {}),
    ...(entry?.revision ? { revision: entry.revision } : {}),
  });
  for (const error of result.errors) console.error(`${file}:${error.line}: error: ${error.message}`);
  if (!result.record) {
    failed++;
    continue;
  }
  const { record } = result;
  if (ids.has(record.id)) {
    result.warnings.push(`same pair as ${ids.get(record.id)}: that record is overwritten`);
  }
  ids.set(record.id, file);
  const out = join(values.out, `${record.id}.json`);
  try {
    writeFileSync(out, formatRecord(record));
  } catch (error) {
    console.error(`${file}:1: error: cannot write ${out} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    failed++;
    continue;
  }
  written++;
  warningCount += result.warnings.length;
  const counts = FACT_KINDS.map(
    (kind) => `${record[kind].length} ${record[kind].length === 1 ? ONE[kind] : kind}`,
  ).join(', ');
  const warned = result.warnings.length ? `, ${result.warnings.length} warning(s)` : '';
  console.log(`${record.id}  ${file} -> ${relative(process.cwd(), out)}: ${counts}${warned}`);
  for (const warning of result.warnings) console.log(`  warning: ${warning}`);
}

console.log(
  `ingested ${positionals.length} file(s): ${written} record(s) written, ${failed} failed, ${warningCount} warning(s)`,
);
if (failed) process.exit(1);
