// `node bench/storage.ts [--upload]`: what the KV design stores and publishes, beside the alternative of one
// precomputed record per pair: keys, bytes, data:build time, keys rewritten by typical edits, and with --upload
// the publishes to a local namespace (wrangler --local). Writes bench/storage-results.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readArticleRecords } from '../data/publish/read-article-records.ts';
import { readReferenceFiles } from '../data/publish/read-reference-files.ts';
import { formatBytes } from '../worker/scripts/kv-publish/index.ts';
import { root } from './bench-env.ts';
import { describeMachine, gitCommit } from './machine.ts';
import { textTable } from './report/text-table.ts';
import { CHANGE_SCENARIOS, countChanges, designUploads, edited } from './storage/change-scenarios.ts';
import { type UploadFigures, uploadFigures } from './storage/kv-figures.ts';
import { measureBuild } from './storage/measure-build.ts';
import { measureJoin } from './storage/measure-join.ts';
import { measurePublishes, type PublishRun, type PublishRuns } from './storage/measure-publish.ts';

const { values } = parseArgs({
  options: {
    upload: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    out: { type: 'string', default: join(root, 'bench', 'storage-results.json') },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`node bench/storage.ts [options]
  --upload       also publish both designs to an empty local namespace, again unchanged, and after an edit
                 (several minutes: the per-pair upload is about 19,000 keys)
  --markdown     also print the README's tables
  --out FILE     where to write the results (default bench/storage-results.json)`);
  process.exit(0);
}
const log = (line: string) => console.error(line);
const n = (value: number) => value.toLocaleString('en-US');

log('storage: data:build, 3 runs…');
const build = measureBuild(3);
const inputs = { records: readArticleRecords(root).records, reference: readReferenceFiles(root) };
let started = performance.now();
const uploads = designUploads(inputs);
const joinMs = Math.round(performance.now() - started);
const designs = { perState: uploadFigures(uploads.perState), perPair: uploadFigures(uploads.perPair) };
log('storage: the CPU of a cold request: validating documents, joining a pair…');
const coldCpu = measureJoin(uploads.perState);
log(`storage: both designs built in memory in ${joinMs} ms; counting the keys typical edits rewrite…`);
started = performance.now();
const changes = countChanges(inputs);
log(`storage: ${changes.length} edits compared in ${Math.round(performance.now() - started)} ms`);

let publish: { edit: string; perState: PublishRuns; perPair: PublishRuns } | undefined;
if (values.upload) {
  const scenario = CHANGE_SCENARIOS.find((s) => s.name.includes('joins an organisation')) ?? CHANGE_SCENARIOS[0];
  if (!scenario) throw new Error('no change scenario');
  const after = designUploads(edited(inputs, scenario));
  log('storage: publishing the per-state design to an empty local namespace…');
  const perState = measurePublishes(uploads.perState, after.perState, log);
  log('storage: publishing the per-pair design to an empty local namespace…');
  const perPair = measurePublishes(uploads.perPair, after.perPair, log);
  publish = { edit: scenario.name, perState, perPair };
}

const results = {
  date: new Date().toISOString(),
  machine: describeMachine(),
  commit: gitCommit(),
  build,
  designs,
  coldCpu,
  changes,
  ...(publish ? { publish } : {}),
};
writeFileSync(values.out ?? '', `${JSON.stringify(results, null, 2)}\n`);

const size = (f: UploadFigures) => `${formatBytes(f.bytes)} (${n(f.bytes)} B)`;
const largest = (f: UploadFigures) => `${f.largest.key}, ${formatBytes(f.largest.bytes)}`;
/** The largest value a pair's answer is made of: a state's document, or a precomputed record. */
const largestServed = (f: UploadFigures) => {
  const family = f.families.find((x) => x.prefix === 'country:') ?? f.families.find((x) => x.prefix === 'relations:');
  return family ? `${family.largest.key}, ${formatBytes(family.largest.bytes)}` : '-';
};
const mean = (f: UploadFigures, prefix: string) => {
  const family = f.families.find((x) => x.prefix === prefix);
  return family ? formatBytes(Math.round(family.bytes / family.keys)) : '-';
};
const families = (f: UploadFigures) =>
  f.families.map((family) => `${family.prefix} ${n(family.keys)} (${formatBytes(family.bytes)})`).join(', ');
const run = (r: PublishRun) =>
  `${(r.ms / 1000).toFixed(1)} s, ${r.calls} wrangler call${r.calls === 1 ? '' : 's'}, ${n(r.put)} put, ${n(r.deleted)} deleted`;
const puts = (r: PublishRun) =>
  r.steps
    .filter((s) => s.call === 'bulk put')
    .map((s) => `${n(s.keys)} keys / ${formatBytes(s.bytes)} in ${(s.ms / 1000).toFixed(1)} s`)
    .join(' + ');
const builds = build.map((b) => `${(b.wallMs / 1000).toFixed(2)} s`).join(', ');

console.log(
  `\nKV storage, ${results.date}, commit ${results.commit}, ${results.machine.cores} cores, load ${results.machine.loadAverage}`,
);
console.log(
  `data:build (wall, fresh node each): ${builds}; its own work ${build.map((b) => `${b.reportedMs} ms`).join(', ')}`,
);
console.log(`both designs joined in memory: ${joinMs} ms`);
console.log(
  `cold request CPU (Node): validating ${coldCpu.validate.map((v) => `${v.key} (${formatBytes(v.bytes)}) ${v.ms} ms`).join(', ')}; joining ${coldCpu.join.pair} ${coldCpu.join.ms} ms\n`,
);
console.log(
  textTable(
    ['', 'per-state documents (this design)', 'every pair precomputed'],
    [
      ['keys', n(designs.perState.keys), n(designs.perPair.keys)],
      ['bytes (keys + values)', size(designs.perState), size(designs.perPair)],
      ['bulk file', formatBytes(designs.perState.fileBytes), formatBytes(designs.perPair.fileBytes)],
      ['largest value', largest(designs.perState), largest(designs.perPair)],
      ['largest read for a pair', largestServed(designs.perState), largestServed(designs.perPair)],
      ['mean document / record', mean(designs.perState, 'country:'), mean(designs.perPair, 'relations:')],
    ],
  ),
);
console.log(`  per-state: ${families(designs.perState)}\n  per-pair:  ${families(designs.perPair)}`);
console.log(
  `\nKeys a re-publish rewrites after an edit\n${textTable(
    ['edit', 'per-state', 'per-pair'],
    changes.map((c) => [c.name, n(c.perState), n(c.perPair)]),
  )}`,
);
if (publish) {
  console.log(`\nPublishing to a local namespace (wrangler --local); the edit: ${publish.edit}`);
  console.log(
    textTable(
      ['publish', 'per-state', 'per-pair'],
      [
        ['first, to an empty namespace', run(publish.perState.first), run(publish.perPair.first)],
        ['  its bulk puts', puts(publish.perState.first), puts(publish.perPair.first)],
        ['again, nothing changed', run(publish.perState.unchanged), run(publish.perPair.unchanged)],
        ['after the edit', run(publish.perState.edited), run(publish.perPair.edited)],
      ],
    ),
  );
}
if (values.markdown) {
  console.log('\n| | per-state documents (this design) | every pair precomputed |\n| --- | --- | --- |');
  console.log(`| keys | ${n(designs.perState.keys)} | ${n(designs.perPair.keys)} |`);
  console.log(
    `| KV bytes (keys + values) | ${formatBytes(designs.perState.bytes)} | ${formatBytes(designs.perPair.bytes)} |`,
  );
  console.log(
    `| largest value | \`${designs.perState.largest.key}\`, ${formatBytes(designs.perState.largest.bytes)} | \`${designs.perPair.largest.key}\`, ${formatBytes(designs.perPair.largest.bytes)} |`,
  );
  for (const c of changes) console.log(`| keys rewritten: ${c.name} | ${n(c.perState)} | ${n(c.perPair)} |`);
  if (publish) {
    console.log(`| first publish (local) | ${run(publish.perState.first)} | ${run(publish.perPair.first)} |`);
    console.log(
      `| re-publish, nothing changed | ${run(publish.perState.unchanged)} | ${run(publish.perPair.unchanged)} |`,
    );
    console.log(
      `| re-publish after: ${publish.edit} | ${run(publish.perState.edited)} | ${run(publish.perPair.edited)} |`,
    );
  }
}
console.log(`\nstorage: wrote ${(values.out ?? '').replace(`${root}/`, '')}`);
