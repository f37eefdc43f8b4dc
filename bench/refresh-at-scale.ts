// `node bench/refresh-at-scale.ts [--articles N]`: the refresh of thousands of articles against a local stand-in
// for Wikipedia, to measure our side of it: requests made, time spent outside the network, ingest and build.
// The network's own time is not measured here (no Internet): multiply the requests by the latency you see.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { articleFileName } from '../data/fetch/wikipedia/article-file.ts';
import { pairTitles } from '../data/fetch/wikipedia/pair-titles.ts';
import { readReferenceFiles } from '../data/publish/read-reference-files.ts';
import { pairId } from '../data/schema/kv-keys.ts';
import { root } from './bench-env.ts';
import { generateCorpus } from './ingest/generate-corpus.ts';
import { fakeMediaWiki } from './refresh/fake-mediawiki.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '3000' } } });
const wanted = Number(values.articles);
const titles = new Map(pairTitles(readReferenceFiles(root).countries).map((p) => [pairId(...p.pair), p.title]));

// Generated articles (the ingest benchmark's templates, one a pair) under the titles the fetcher asks for.
const articles = [];
for (const article of generateCorpus(wanted * 3)) {
  const title = titles.get(pairId(...article.pair));
  if (!title) continue;
  articles.push({
    title,
    extract: article.text.slice(article.text.indexOf('\n') + 1),
    revid: 1_000_000 + articles.length,
  });
  if (articles.length === wanted) break;
}

const dir = mkdtempSync(join(tmpdir(), 'relations-refresh-bench-'));
const wiki = await fakeMediaWiki(articles);
const run = async (script: string, args: string[]) => {
  const since = performance.now();
  const { stdout } = await promisify(execFile)(process.execPath, [join(root, script), ...args], {
    maxBuffer: 256 * 1024 * 1024,
  });
  return { seconds: (performance.now() - since) / 1000, stdout };
};
const fetchArgs = [
  '--all-pairs',
  '--wikipedia-api',
  wiki.endpoint,
  '--out',
  join(dir, 'articles'),
  '--manifest',
  join(dir, 'sources.json'),
];
try {
  console.log(`refresh at scale: ${articles.length} articles among ${titles.size.toLocaleString('en-US')} pair titles`);
  const cold = await run('data/scripts/fetch.ts', fetchArgs);
  const coldCounts = { ...wiki.counts };
  console.log(
    `  first fetch: ${coldCounts.lookups} lookup + ${coldCounts.extracts} extract requests in ${cold.seconds.toFixed(1)} s`,
  );
  const warm = await run('data/scripts/fetch.ts', fetchArgs);
  console.log(
    `  second fetch, nothing changed: ${wiki.counts.lookups - coldCounts.lookups} lookup + ` +
      `${wiki.counts.extracts - coldCounts.extracts} extract requests in ${warm.seconds.toFixed(1)} s`,
  );
  const files = articles.map((a) => join(dir, 'articles', articleFileName(a.title)));
  const ingest = await run('data/scripts/ingest.ts', [
    '--manifest',
    join(dir, 'sources.json'),
    '--out',
    join(dir, 'relations'),
    ...files,
  ]);
  console.log(`  ingest: ${ingest.stdout.trim().split('\n').at(-1)} in ${ingest.seconds.toFixed(1)} s`);
  console.log(
    `  our side per request: ${((cold.seconds * 1000) / (coldCounts.lookups + coldCounts.extracts)).toFixed(0)} ms ` +
      `(the fetcher's own 100 ms pause between requests included)`,
  );
} finally {
  await wiki.close();
  rmSync(dir, { recursive: true, force: true });
}
