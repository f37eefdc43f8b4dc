// `npm run data:fetch -- [options] [TITLE...]`: articles from Wikipedia's Action API and missions from Wikidata's
// query service, politely, into the project's inputs. Exit 0: all fetched or unchanged; 1: some missing or a source
// failed; 2: bad usage.
import { join, relative } from 'node:path';
import { politeClient } from '../fetch/polite-client.ts';
import { userAgent } from '../fetch/user-agent.ts';
import { actionApi } from '../fetch/wikipedia/action-api.ts';
import { categoryTitles } from '../fetch/wikipedia/category-titles.ts';
import { type ArticleRequest, fetchArticles } from '../fetch/wikipedia/fetch-articles.ts';
import { pairTitles } from '../fetch/wikipedia/pair-titles.ts';
import { prepareOutputDir } from '../ingest/cli/output-dir.ts';
import { pairOfTitle } from '../ingest/title-pair.ts';
import { readReferenceFiles } from '../publish/read-reference-files.ts';
import { MISSIONS_CSV } from '../reference/import/import-reference.ts';
import { referenceDir } from '../reference/import/reference-dir.ts';
import { commandLine, root } from './cli.ts';
import { readSourcesManifest } from './sources-manifest.ts';

const WIKIPEDIA_API = 'https://en.wikipedia.org/w/api.php';
const WIKIDATA_SPARQL = 'https://query.wikidata.org/sparql';

const HELP = `usage: npm run data:fetch -- [options] [TITLE...]

Downloads bilateral-relations articles (plain-text extracts with their section headings) into the article folder,
recording each article's revision in data/sources.json; unchanged revisions are not downloaded again, and a
stopped run resumes where it stopped. With --missions, refreshes Wikidata's diplomatic missions.

  TITLE...                 articles by title, e.g. "Albania–Denmark relations"
  --category NAME          every article of a category, e.g. "Bilateral relations of Denmark" (repeatable)
  --all-pairs              every pair of states in data/reference whose article exists (~390 batched requests)
  --known                  every article already in the manifest (one that is gone is reported, not an error)
  --missions               the missions from the Wikidata Query Service (data/reference/sources/)
  --out DIR                where article files go (default: data/articles)
  --missions-out DIR       where the missions snapshot goes (default: data/reference/sources)
  --manifest FILE          the sources manifest (default: data/sources.json)
  --wikipedia-api URL      the Action API (default: ${WIKIPEDIA_API})
  --wikidata-sparql URL    the SPARQL endpoint (default: ${WIKIDATA_SPARQL})
  --contact EMAIL|URL      how Wikimedia can reach you, sent in the User-Agent
                           (default: $RELATIONS_FETCH_CONTACT, else the project's issue tracker)
  --limit N                at most N titles (a trial run)
  --retries N              retries of a request that failed or was asked to wait (default: 5)
  -h, --help               this text

Exit status: 0 every requested article fetched or unchanged; 1 some missing (each named) or a source failed;
2 bad usage.`;

/** Bad usage: one line, the hint, exit 2. */
function usage(message: string): never {
  console.error(`data:fetch: ${message}\n(npm run data:fetch -- --help lists the options)`);
  process.exit(2);
}

const { values, positionals } = commandLine(
  {
    allowPositionals: true,
    options: {
      category: { type: 'string', multiple: true, default: [] },
      'all-pairs': { type: 'boolean', default: false },
      known: { type: 'boolean', default: false },
      missions: { type: 'boolean', default: false },
      out: { type: 'string', default: join(root, 'data', 'articles') },
      'missions-out': { type: 'string' },
      manifest: { type: 'string', default: join(root, 'data', 'sources.json') },
      'wikipedia-api': { type: 'string', default: WIKIPEDIA_API },
      'wikidata-sparql': { type: 'string', default: WIKIDATA_SPARQL },
      contact: { type: 'string' },
      limit: { type: 'string' },
      retries: { type: 'string', default: '5' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  },
  usage,
  HELP,
);
for (const option of ['wikipedia-api', 'wikidata-sparql'] as const) {
  const value = values[option];
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol))
    usage(`--${option} must be an http(s) URL, not "${value}"`);
}
const limit = values.limit === undefined ? undefined : Number(values.limit);
if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
  usage(`--limit must be a whole number above 0, not "${values.limit}"`);
const retries = Number(values.retries);
if (!(Number.isInteger(retries) && retries >= 0)) usage(`--retries must be a whole number, not "${values.retries}"`);
const wantsArticles = positionals.length > 0 || values.category.length > 0 || values['all-pairs'] || values.known;
if (!wantsArticles && !values.missions)
  usage('nothing to fetch: give titles, --category, --all-pairs, --known or --missions');
if (positionals.some((t) => !t.trim())) usage('an empty title was given');

const log = (line: string) => console.log(line);
const client = politeClient({
  userAgent: userAgent(values.contact),
  intervalMs: 100,
  maxRetries: retries,
  log: (line) => console.error(line),
});
// One query whose answer is megabytes, computed for up to a minute: more time, fewer retries than the wiki.
const sparql = politeClient({
  userAgent: userAgent(values.contact),
  timeoutMs: 300_000,
  maxRetries: Math.min(retries, 2),
  backoffMs: 30_000,
  log: (line) => console.error(line),
});
const today = new Date().toISOString().slice(0, 10);
const show = (path: string) =>
  relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path) || '.';
let failed = false;

/** A source that could not be reached stops its part of the run; what was written stays, and a rerun resumes. */
function sourceFailed(what: string, error: unknown): void {
  if (!(error instanceof Error)) throw error;
  console.error(`data:fetch: ${what} stopped: ${error.message}. What was written is kept; run again to resume.`);
  failed = true;
}

if (wantsArticles) {
  const outProblem = prepareOutputDir(values.out);
  if (outProblem) usage(outProblem);
  const api = actionApi(client, values['wikipedia-api']);
  try {
    const requests: ArticleRequest[] = positionals.map((title) => ({ title: title.trim(), required: true }));
    for (const category of values.category) {
      const titles = await categoryTitles(api, category);
      log(`wikipedia: ${category}: ${titles.length} article(s)`);
      if (titles.length === 0) {
        console.error(`missing: category "${category}" has no articles (is the name right?)`);
        failed = true;
      }
      requests.push(...titles.map((title) => ({ title, required: true })));
    }
    if (values.known)
      for (const entry of readSourcesManifest(values.manifest).values())
        if (entry.title) requests.push({ title: entry.title, required: false, known: true });
    if (values['all-pairs'])
      requests.push(
        ...pairTitles(readReferenceFiles(root).countries).map((p) => ({ title: p.title, required: false })),
      );
    // Ctrl-C once: finish the article in hand and save the manifest, so the next run resumes; twice: stop now.
    const stop = new AbortController();
    process.once('SIGINT', () => {
      console.error('data:fetch: stopping after the article in hand (Ctrl-C again to stop at once)…');
      stop.abort();
      process.once('SIGINT', () => process.exit(130));
    });
    const report = await fetchArticles(limit === undefined ? requests : requests.slice(0, limit), {
      api,
      endpoint: values['wikipedia-api'],
      outDir: values.out,
      manifestPath: values.manifest,
      today,
      namesPair: (title) => pairOfTitle(title) !== undefined,
      log,
      signal: stop.signal,
    });
    for (const { title, reason } of report.skipped) log(`skipped: ${title} (${reason})`);
    for (const { title, reason } of report.gone) log(`gone: ${title} (${reason}); its record stays until removed`);
    for (const { title, reason } of report.missing) console.error(`missing: ${title} (${reason})`);
    log(
      `wikipedia: ${report.written.length} written, ${report.unchanged.length} unchanged, ` +
        `${report.missing.length} missing, ${report.skipped.length} skipped` +
        (report.absent ? `, ${report.absent.toLocaleString('en-US')} pair title(s) with no article` : '') +
        ` → ${show(values.out)}, revisions in ${show(values.manifest)}`,
    );
    if (report.missing.length) failed = true;
    if (report.stopped) {
      console.error('data:fetch: stopped before the end; run the same command again to resume.');
      failed = true;
    }
  } catch (error) {
    sourceFailed('wikipedia', error);
  }
}

if (values.missions) {
  try {
    const { countRows, fetchMissions } = await import('../fetch/wikidata/fetch-missions.ts');
    // Before the first snapshot, the shared copy's row count is what a truncated first answer is measured against.
    const baselineRows = countRows(join(referenceDir(root), MISSIONS_CSV));
    const summary = await fetchMissions({
      endpoint: values['wikidata-sparql'],
      client: sparql,
      log,
      ...(baselineRows === undefined ? {} : { baselineRows }),
      ...(values['missions-out'] ? { outDir: values['missions-out'] } : {}),
    });
    log(`wikidata: ${summary.rows.toLocaleString('en-US')} missions → ${show(summary.file)}`);
  } catch (error) {
    sourceFailed('wikidata', error);
  }
}

const requests = client.stats.requests + sparql.stats.requests;
const waitedMs = client.stats.waitedMs + sparql.stats.waitedMs;
log(
  `data:fetch: ${requests} request(s), ${client.stats.retries + sparql.stats.retries} retried` +
    (waitedMs ? `, ${(waitedMs / 1000).toFixed(1)} s waited` : ''),
);
process.exit(failed ? 1 : 0);
