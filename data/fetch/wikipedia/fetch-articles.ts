// Brings the article folder up to date: asks for titles in batches, downloads only revisions it does not hold,
// and records each one in the sources manifest as soon as its file is written, so a stopped run resumes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  holdsEntry,
  type ManifestEntry,
  readSourcesManifest,
  textSha256,
  writeSourcesManifest,
} from '../../scripts/sources-manifest.ts';
import { writeAtomically } from '../write-atomically.ts';
import type { ActionApi, ApiPage } from './action-api.ts';
import { articleFileName, articleText } from './article-file.ts';
import { permalink } from './permalink.ts';
import { resolveTitles } from './resolve-titles.ts';

/** A title to fetch; a `required` one that does not exist makes the run fail (one asked for by name). */
export interface ArticleRequest {
  title: string;
  required: boolean;
  /** Fetched before (in the manifest): if it is gone now, that is reported, though not as a failure. */
  known?: boolean;
}

/** Options of fetchArticles. */
export interface FetchArticlesOptions {
  api: ActionApi;
  /** The api.php the permalinks are made from. */
  endpoint: string;
  outDir: string;
  manifestPath: string;
  /** YYYY-MM-DD: the `retrieved` of new revisions, the `checked` of unchanged ones. */
  today: string;
  /** Whether a page's title names a pair of states; others are skipped (a category holds lists and overviews). */
  namesPair: (title: string) => boolean;
  log: (line: string) => void;
  /** Stops the run after the article in hand; what was fetched is saved (Ctrl-C in the CLI). */
  signal?: AbortSignal;
}

/** What a run did, title by title. */
export interface FetchArticlesReport {
  /** Whether the run was stopped (by `signal`) before every page was seen. */
  stopped: boolean;
  /** Written because they were new or had a newer revision. */
  written: { title: string; file: string; revision: number; previous?: string }[];
  unchanged: string[];
  /** Required titles with no article, each with why. */
  missing: { title: string; reason: string }[];
  /** Titles asked for in bulk that have no article (most pairs have none): counted, not errors. */
  absent: number;
  /** Articles fetched before that are gone now (deleted or merged), each with why. */
  gone: { title: string; reason: string }[];
  skipped: { title: string; reason: string }[];
}

/** Articles fetched between two saves of the manifest. */
const SAVE_EVERY = 25;

/** Fetches `requests` into `outDir`. Throws (after the client's retries) when the API cannot be reached. */
export async function fetchArticles(
  requests: readonly ArticleRequest[],
  options: FetchArticlesOptions,
): Promise<FetchArticlesReport> {
  const { api, log } = options;
  const report: FetchArticlesReport = {
    stopped: false,
    written: [],
    unchanged: [],
    missing: [],
    absent: 0,
    gone: [],
    skipped: [],
  };
  const manifest = readSourcesManifest(options.manifestPath);

  log(`wikipedia: asking for ${requests.length.toLocaleString('en-US')} title(s) in batches of 50…`);
  const resolved = await resolveTitles(api, requests, log);
  const pages = new Map<string, ApiPage>();
  for (const request of requests) {
    const answer = resolved.get(request.title);
    if (answer && 'page' in answer) pages.set(answer.page.title, answer.page);
    else if (request.required) report.missing.push({ title: request.title, reason: answer?.reason ?? 'no answer' });
    else if (request.known) report.gone.push({ title: request.title, reason: answer?.reason ?? 'no answer' });
    else report.absent++;
  }

  const byTitle = new Map([...manifest.values()].map((entry) => [entry.title, entry]));
  // The manifest is saved every few articles and when the run ends or fails: a stopped run loses at most that many.
  let unsaved = 0;
  const save = (force = false) => {
    if (unsaved === 0 || (!force && unsaved < SAVE_EVERY)) return;
    writeSourcesManifest(options.manifestPath, manifest);
    unsaved = 0;
  };
  let done = 0;
  try {
    for (const page of pages.values()) {
      if (options.signal?.aborted) {
        report.stopped = true;
        break;
      }
      done++;
      const at = `[${done}/${pages.size}] ${page.title}`;
      if (!options.namesPair(page.title)) {
        report.skipped.push({ title: page.title, reason: 'the title names no pair of states' });
        continue;
      }
      const current = page.revisions?.[0];
      const known = byTitle.get(page.title);
      const file = known?.file ?? uniqueFileName(page, manifest);
      if (current && known && known.revision === String(current.revid) && holds(join(options.outDir, file), known)) {
        report.unchanged.push(page.title);
        if (known.checked !== options.today) {
          manifest.set(file, { ...known, checked: options.today });
          unsaved++;
        }
        continue;
      }
      const fetched = await fetchExtract(api, page.title);
      if (!fetched.extract?.trim() || !fetched.revisions?.[0]) {
        report.skipped.push({ title: page.title, reason: 'the API gave no text for it' });
        log(`${at}: skipped, no text`);
        continue;
      }
      const revision = fetched.revisions[0];
      const text = articleText(fetched.title, fetched.extract);
      writeAtomically(join(options.outDir, file), text);
      const entry: ManifestEntry = {
        file,
        title: fetched.title,
        ...(fetched.pageid === undefined ? {} : { pageid: fetched.pageid }),
        retrieved: options.today,
        checked: options.today,
        url: permalink(options.endpoint, fetched.title, revision.revid),
        revision: String(revision.revid),
        timestamp: revision.timestamp,
        sha256: textSha256(text),
      };
      manifest.set(file, entry);
      unsaved++;
      save();
      report.written.push({
        title: fetched.title,
        file,
        revision: revision.revid,
        ...(known?.revision ? { previous: known.revision } : {}),
      });
      log(
        `${at}: ${known?.revision ? `r${known.revision} → ` : 'new, '}r${revision.revid} (${revision.timestamp}) → ${file}`,
      );
    }
  } finally {
    save(true);
  }
  return report;
}

/** One whole-article extract: TextExtracts gives one per request, so titles are asked one at a time. */
async function fetchExtract(api: ActionApi, title: string): Promise<ApiPage> {
  const answer = await api.query({
    prop: 'extracts|revisions',
    explaintext: '1',
    exsectionformat: 'wiki',
    exlimit: '1',
    rvprop: 'ids|timestamp',
    redirects: '1',
    titles: title,
  });
  return answer.query?.pages?.[0] ?? { title, missing: true };
}

/** Whether the file on disk is the one the manifest entry describes. */
function holds(path: string, entry: ManifestEntry): boolean {
  return existsSync(path) && holdsEntry(entry, readFileSync(path, 'utf8'));
}

/** The seed's naming, with the page id added only when another title already has that name. */
function uniqueFileName(page: ApiPage, manifest: Map<string, ManifestEntry>): string {
  const name = articleFileName(page.title);
  const taken = manifest.get(name);
  if (!taken || taken.title === undefined || taken.title === page.title) return name;
  return name.replace(/\.txt$/, `-${page.pageid ?? 'x'}.txt`);
}
