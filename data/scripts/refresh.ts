// `npm run data:refresh`: the whole data pipeline as one, each step a script a maintainer can also run alone:
// fetch (articles and missions) → ingest → reference → build (curation merged) → check [→ publish].
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { findArticleTexts } from './article-texts.ts';
import { commandLine, root } from './cli.ts';
import { readSourcesManifest } from './sources-manifest.ts';

const HELP = `usage: npm run data:refresh -- [options]

  1 fetch      npm run data:fetch -- --known --all-pairs --missions   (articles and Wikidata's missions)
  2 ingest     npm run ingest -- <every article file of data/sources.json>
  3 reference  npm run data:reference
  4 build      npm run data:build   (curation merged; conflicts reported for review, not deployed)
  5 check      npm run data:check
  6 publish    npm run publish:data (only with --publish: the keys whose value changed)

  --no-fetch               rebuild from the article files and snapshots already here
  --no-missions            do not refresh the missions from Wikidata
  --category NAME          also fetch a category's articles (repeatable)
  --wikipedia-api URL, --wikidata-sparql URL, --contact EMAIL|URL, --limit N, --retries N
                           passed to data:fetch (npm run data:fetch -- --help)
  --seeds DIR              articles kept outside data/articles (default: ../shared/seeds)
  --publish                publish the changed keys to the remote namespace at the end
  -h, --help               this text

Exit status: 0 done; 1 done, but some article or source could not be fetched or ingested (named above; their
records are kept as they were); 2 bad usage; 3 a step after ingest failed (named), nothing was built.`;

/** Bad usage: one line, the hint, exit 2. */
function usage(message: string): never {
  console.error(`data:refresh: ${message}\n(npm run data:refresh -- --help)`);
  process.exit(2);
}

const { values } = commandLine(
  {
    options: {
      'no-fetch': { type: 'boolean', default: false },
      'no-missions': { type: 'boolean', default: false },
      category: { type: 'string', multiple: true, default: [] },
      'wikipedia-api': { type: 'string' },
      'wikidata-sparql': { type: 'string' },
      contact: { type: 'string' },
      limit: { type: 'string' },
      retries: { type: 'string' },
      seeds: { type: 'string', default: process.env.RELATIONS_SEEDS ?? join(root, '..', 'shared', 'seeds') },
      publish: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  },
  usage,
  HELP,
);

const started = performance.now();
const steps = values.publish ? 6 : 5;
let step = 0;

let incomplete = false;

/**
 * Runs one step's script with the output shown as it comes. A fetch or ingest that could not do everything leaves
 * what it did (a rerun resumes), so the refresh goes on and ends with 1; any later step that fails ends it with 3.
 */
function run(name: string, script: string, args: string[], partialOk = false): void {
  step++;
  console.log(`\n── ${step}/${steps} ${name}`);
  const since = performance.now();
  const result = spawnSync(process.execPath, [join(root, script), ...args], { stdio: 'inherit', cwd: root });
  const took = `${((performance.now() - since) / 1000).toFixed(1)} s`;
  if (result.status === 1 && partialOk) {
    console.warn(`data:refresh: ${name} did not get everything (above); going on with what it did`);
    incomplete = true;
  } else if (result.status !== 0) {
    console.error(
      `data:refresh: step ${step}/${steps} (${name}) failed with exit ${result.status ?? result.signal} after ${took}`,
    );
    process.exit(3);
  }
  console.log(`   ${name} done in ${took}`);
}

const passed = (['wikipedia-api', 'wikidata-sparql', 'contact', 'limit', 'retries'] as const).flatMap((option) =>
  values[option] === undefined ? [] : [`--${option}`, values[option] as string],
);
if (values['no-fetch']) {
  step++;
  console.log(`── ${step}/${steps} fetch: skipped (--no-fetch)`);
} else
  run(
    'fetch',
    'data/scripts/fetch.ts',
    [
      '--known',
      '--all-pairs',
      ...(values['no-missions'] ? [] : ['--missions']),
      ...values.category.flatMap((c) => ['--category', c]),
      ...passed,
    ],
    true,
  );

const manifest = readSourcesManifest(join(root, 'data', 'sources.json'));
const texts = findArticleTexts(manifest, [join(root, 'data', 'articles'), values.seeds]);
for (const entry of texts.absent)
  console.warn(
    `data:refresh: ${entry.file}: no text of revision ${entry.revision ?? '(seed)'} here; its record is kept as it is`,
  );
run(
  `ingest (${texts.found.length} article${texts.found.length === 1 ? '' : 's'})`,
  'data/scripts/ingest.ts',
  texts.found.map((t) => relative(root, t.path)),
  true,
);
run('reference', 'data/scripts/reference.ts', ['--quiet']);
run('build', 'data/scripts/build.ts', ['--conflicts-ok']);
run('check', 'data/scripts/check.ts', ['--seeds', values.seeds]);
if (values.publish) run('publish', 'worker/scripts/publish-data.ts', []);
console.log(
  `\ndata:refresh: done${incomplete ? ', with gaps named above,' : ''} in ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s; review with npm run data:diff`,
);
process.exit(incomplete ? 1 : 0);
