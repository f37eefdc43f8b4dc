// `npm run bench`: measures the API against the runtime's limit, the widget's weight and the ingest speed.
// Prints a table, writes bench/results.json, and exits 0 whatever the figures: it measures, it does not judge.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { coldPairPaths } from './api/cold-pairs.ts';
import { measureApi } from './api/measure-api.ts';
import { defaultGenerator, describeGenerator, type Generator, generatorAvailable, WRK } from './api/run-load.ts';
import { KV_UPLOAD } from './api/seed-kv.ts';
import { offlineEnv, root } from './bench-env.ts';
import { measureIngest } from './ingest/measure-ingest.ts';
import { describeMachine, gitCommit } from './machine.ts';
import type { BenchResults, RunSettings } from './report/bench-results.ts';
import { formatMarkdown, formatReport } from './report/format-report.ts';
import { checkTargets } from './report/targets.ts';
import { measureWidgetSize } from './widget/measure-widget-size.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    diagnose: { type: 'boolean', default: false },
    generator: { type: 'string', default: defaultGenerator() },
    out: { type: 'string', default: join(root, 'bench', 'results.json') },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`npm run bench [-- options]
  --quick              short rounds and a small corpus (about 40 s instead of about 2 min)
  --diagnose           also load constant workers answering with copies of the real 200 and 304
  --generator NAME     wrk (default where /usr/bin/wrk exists) or autocannon
  --no-build           measure the dist/ already built instead of running npm run build first
  --markdown           also print the figures as the README's Markdown table
  --out FILE           where to write the results (default bench/results.json)`);
  process.exit(0);
}
const quick = values.quick ?? false;
const log = (line: string) => console.error(line);

const generator = values.generator as Generator;
if (generator !== 'autocannon' && generator !== 'wrk') {
  console.error(`bench: --generator must be autocannon or wrk (got "${generator}")`);
  process.exit(2);
}
if (!generatorAvailable(generator)) {
  console.error(`bench: ${WRK} is not installed (apt-get install wrk), or use --generator autocannon`);
  process.exit(2);
}
const settings: RunSettings = {
  quick,
  generator: `${describeGenerator(generator)} in a child process`,
  connections: 10,
  warmupSeconds: quick ? 1 : 2,
  roundSeconds: quick ? 2 : 3,
  rounds: quick ? 3 : 6,
  kvSamples: quick ? 50 : 200,
  coldKvSamples: quick ? 250 : 3000,
  corpusArticles: quick ? 500 : 3000,
  commit: gitCommit(),
};

if (!values['no-build']) {
  log('build: npm run build (the data KV upload and the widget bundle)…');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, env: offlineEnv, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('bench: npm run build failed; fix the build or pass --no-build to measure the last dist/.');
    process.exit(1);
  }
}

const machine = describeMachine();
const date = new Date().toISOString();
log('widget: measuring the bundle and Lit alone…');
const widget = await measureWidgetSize();
log(`ingest: ${settings.corpusArticles} generated articles on one core…`);
const ingest = await measureIngest(settings.corpusArticles);
const api = await measureApi(
  {
    generator,
    connections: settings.connections,
    warmupSeconds: settings.warmupSeconds,
    roundSeconds: settings.roundSeconds,
    rounds: settings.rounds,
    kvSamples: settings.kvSamples,
    coldKvSamples: settings.coldKvSamples,
    pairs: { article: ['AL', 'DK'], reference: ['JP', 'KR'] },
    coldPaths: coldPairPaths(KV_UPLOAD, ['AL-DK', 'JP-KR']),
    diagnose: values.diagnose ?? false,
  },
  log,
);

const results: BenchResults = {
  date,
  machine,
  settings,
  api,
  widget,
  ingest,
  targets: checkTargets({
    ratio: api.ratio,
    referenceRatio: api.referenceRatio,
    notModifiedRatio: api.notModifiedRatio,
    kvReadsPerRequest: api.kvReadsPerRequest,
    coldKvReadsPerRequest: api.coldKvReadsPerRequest,
    widgetGzipBytes: widget.gzipBytes,
  }),
};
writeFileSync(values.out ?? join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${formatReport(results)}\n`);
if (values.markdown) console.log(`${formatMarkdown(results)}\n`);
console.log(`bench: wrote ${(values.out ?? '').replace(`${root}/`, '')}`);
