// What the API benchmark loads: the bare worker, the worker's routes, and (with --diagnose) copies of its answers.
import { type RecordedResponse, recordResponse, replicaWorkerSource } from './replica-worker.ts';
import { type RunningWorker, startWorker } from './start-worker.ts';

/** The scenarios a run may load. */
export type ScenarioName =
  | 'bare'
  | 'relations'
  | 'reference'
  | 'notModified'
  | 'index'
  | 'coldPair'
  | 'replica'
  | 'replicaNotModified';

/** One thing to load: a path of a running worker, with the request headers and the status it should answer. */
export type Scenario = {
  name: ScenarioName;
  worker: RunningWorker;
  path: string;
  headers: Record<string, string>;
  expectedStatus: number;
  /** Paths requested in turn instead of `path`, each once per cycle (the cold-pair scenario). */
  paths?: readonly string[];
  /** Where in `paths` the next run starts: after the last run's requests, so no run repeats a warm pair. */
  cursor?: number;
  /** Bytes of the response body (for `paths`, the mean of a sample). */
  bodyBytes?: number;
  /** Why it is not loaded (the route answered something else). */
  skip?: string;
};

/** The paths a run loads on the worker. */
export type ScenarioPaths = {
  /** A pair with an article: its published record (AL-DK). */
  article: string;
  /** A pair joined from two reference documents (JP-KR). */
  reference: string;
  /** Reference-only pairs to cycle through, so each request is the first for its pair in the isolate. */
  cold: readonly string[];
};

async function probe(url: URL, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  const body = await response.arrayBuffer();
  return { status: response.status, etag: response.headers.get('etag'), bytes: body.byteLength };
}

const COLD_PROBES = 20;

/** Checks each route answers as expected before loading it; a route that does not is skipped with a note. */
export async function prepareScenarios(
  worker: RunningWorker,
  bare: RunningWorker,
  paths: ScenarioPaths,
): Promise<Scenario[]> {
  const article = await probe(new URL(paths.article, worker.url));
  const reference = await probe(new URL(paths.reference, worker.url));
  const index = await probe(new URL('/v1/relations', worker.url));
  // The last pairs are probed for their status and mean size, then left out of the cycle (they are warm now).
  const cold = paths.cold.slice(0, -COLD_PROBES);
  const coldProbes = [];
  for (const path of paths.cold.slice(-COLD_PROBES)) coldProbes.push(await probe(new URL(path, worker.url)));
  const coldBytes = coldProbes.length
    ? Math.round(coldProbes.reduce((sum, p) => sum + p.bytes, 0) / coldProbes.length)
    : undefined;
  const coldFailed = coldProbes.find((p) => p.status !== 200);
  const etag = article.etag;
  const scenarios: Scenario[] = [
    // The bare worker answers any path; loaded at the record's, the asset router in front of both workers does the
    // same work for each (at `/` it would serve the demo page itself, without running the worker).
    { name: 'bare', worker: bare, path: paths.article, headers: {}, expectedStatus: 200 },
    { name: 'relations', worker, path: paths.article, headers: {}, expectedStatus: 200, bodyBytes: article.bytes },
    { name: 'reference', worker, path: paths.reference, headers: {}, expectedStatus: 200, bodyBytes: reference.bytes },
    {
      name: 'notModified',
      worker,
      path: paths.article,
      headers: etag ? { 'If-None-Match': etag } : {},
      expectedStatus: 304,
      bodyBytes: 0,
    },
    { name: 'index', worker, path: '/v1/relations', headers: {}, expectedStatus: 200, bodyBytes: index.bytes },
    {
      name: 'coldPair',
      worker,
      path: cold[0] ?? paths.reference,
      paths: cold,
      cursor: 0,
      headers: {},
      expectedStatus: 200,
      bodyBytes: coldBytes,
    },
  ];
  const skip = (name: ScenarioName, why: string) => {
    const scenario = scenarios.find((s) => s.name === name);
    if (scenario) scenario.skip = why;
  };
  if (article.status !== 200) skip('relations', `${paths.article} answered ${article.status}`);
  if (reference.status !== 200) skip('reference', `${paths.reference} answered ${reference.status}`);
  if (!etag) skip('notModified', `${paths.article} sends no ETag`);
  else {
    const revalidated = await probe(new URL(paths.article, worker.url), { 'If-None-Match': etag });
    if (revalidated.status !== 304) skip('notModified', `If-None-Match with its ETag answered ${revalidated.status}`);
  }
  if (index.status !== 200) skip('index', `/v1/relations answered ${index.status}`);
  if (cold.length < 2) skip('coldPair', 'no reference-only pairs in the KV upload');
  else if (coldFailed) skip('coldPair', `a reference-only pair answered ${coldFailed.status}`);
  return scenarios;
}

/** Constant workers answering with copies of the relations route's 200 and 304. */
export async function replicaScenarios(
  worker: RunningWorker,
  path: string,
  started: RunningWorker[],
): Promise<Scenario[]> {
  const ok = await recordResponse(await fetch(new URL(path, worker.url)));
  const etag = ok.headers.find(([name]) => name === 'etag')?.[1];
  const copies: [ScenarioName, RecordedResponse][] = [['replica', ok]];
  if (etag) {
    const notModified = await fetch(new URL(path, worker.url), { headers: { 'If-None-Match': etag } });
    copies.push(['replicaNotModified', await recordResponse(notModified)]);
  }
  const scenarios: Scenario[] = [];
  for (const [name, recorded] of copies) {
    const replica = await startWorker({ script: replicaWorkerSource(recorded) });
    started.push(replica);
    scenarios.push({ name, worker: replica, path, headers: {}, expectedStatus: recorded.status });
  }
  return scenarios;
}
