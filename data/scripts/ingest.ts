// `npm run ingest -- [--out DIR] [--retrieved YYYY-MM-DD] FILE...`: articles in, one record per article out.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ingestArticle } from '../ingest/index.ts';
import { FACT_KINDS, type FactKind } from '../schema/index.ts';
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

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: join(root, 'data', 'relations') },
    retrieved: { type: 'string' },
    manifest: { type: 'string', default: join(root, 'data', 'sources.json') },
  },
});

if (positionals.length === 0) {
  console.error('usage: npm run ingest -- [--out DIR] [--retrieved YYYY-MM-DD] FILE...');
  process.exit(2);
}
if (values.retrieved && !/^\d{4}-\d{2}-\d{2}$/.test(values.retrieved)) {
  console.error(`--retrieved must be a date such as 2026-11-28, not "${values.retrieved}"`);
  process.exit(2);
}

const manifest = readSourcesManifest(values.manifest);
const today = new Date().toISOString().slice(0, 10);
mkdirSync(values.out, { recursive: true });
let written = 0;
let failed = 0;
let warningCount = 0;
const ids = new Map<string, string>();

for (const file of positionals) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}:1: error: cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})`);
    failed++;
    continue;
  }
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
  writeFileSync(out, formatRecord(record));
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
