// The API benchmark: the built worker and a bare worker in the same Miniflare harness, loaded in turns.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BARE_WORKER_SOURCE } from './bare-worker.ts';
import { buildWorkerBundle } from './build-worker-bundle.ts';
import { countKvReads, type KvReadCount } from './count-kv-reads.ts';
import { writeKvCountingEntry } from './kv-read-counter.ts';
import { cpuSeconds } from './process-cpu.ts';
import { type RecordedResponse, recordResponse, replicaWorkerSource } from './replica-worker.ts';
import { type Generator, type LoadResult, runLoad } from './run-load.ts';
import { seedKv } from './seed-kv.ts';
import { type RunningWorker, startWorker } from './start-worker.ts';

/** How hard and how long to load each scenario. */
export type ApiOptions = {
  generator: Generator;
  connections: number;
  warmupSeconds: number;
  roundSeconds: number;
  rounds: number;
  kvSamples: number;
  /** The pair whose record the relations route serves, as two alpha-2 codes. */
  pair: [string, string];
  /** Also load constant workers that return copies of the real 200 and 304 (see replica-worker.ts). */
  diagnose?: boolean;
};

/** The best round of one scenario, or why it was not measured. */
export type ScenarioResult = {
  path: string;
  expectedStatus: number;
  rps: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
  /** Requests per second of every round, in order. */
  roundsRps: number[];
  /**
   * CPU microseconds the workerd process spent per request (Miniflare's entry worker included), least of the
   * rounds: barely moved by other work on the machine, unlike req/s. Null where /proc is not available.
   */
  cpuUsPerRequest: number | null;
  note?: string;
};

/** Everything the API benchmark measured. */
export type ApiResult = {
  bare: ScenarioResult;
  relations: ScenarioResult;
  notModified: ScenarioResult;
  index: ScenarioResult;
  /** With --diagnose: the copies of the 200 and the 304 served by a constant worker. */
  replica?: ScenarioResult;
  replicaNotModified?: ScenarioResult;
  ratio: number | null;
  notModifiedRatio: number | null;
  indexRatio: number | null;
  /** Bare CPU per request over the route's: what the ratios would be if CPU were the only limit. */
  cpuRatio: number | null;
  notModifiedCpuRatio: number | null;
  /** The most KV reads per warm request of any measured route. */
  kvReadsPerRequest: number | null;
  kvReads: Partial<Record<'relations' | 'notModified' | 'index', KvReadCount>>;
};

type Scenario = {
  name: 'bare' | 'relations' | 'notModified' | 'index' | 'replica' | 'replicaNotModified';
  worker: RunningWorker;
  path: string;
  headers: Record<string, string>;
  expectedStatus: number;
  skip?: string;
};

/** Runs the whole API benchmark and disposes of every worker it started. */
export async function measureApi(options: ApiOptions, log: (line: string) => void): Promise<ApiResult> {
  const bundleDir = mkdtempSync(join(tmpdir(), 'relations-bench-'));
  const started: RunningWorker[] = [];
  try {
    log('api: bundling the worker (wrangler deploy --dry-run)…');
    const entry = await buildWorkerBundle(bundleDir);
    const worker = await startWorker({ modulePaths: [entry] });
    started.push(worker);
    const bare = await startWorker({ script: BARE_WORKER_SOURCE });
    started.push(bare);
    const seeded = await seedKv(worker.miniflare);
    log(`api: worker at ${worker.url.host} (${seeded} KV entries), bare worker at ${bare.url.host}`);

    const relationsPath = `/v1/relations/${options.pair[0]}/${options.pair[1]}`;
    const scenarios = await prepareScenarios(worker, bare, relationsPath);
    if (options.diagnose) scenarios.push(...(await replicaScenarios(worker, relationsPath, started)));
    const runnable = scenarios.filter((s) => !s.skip);
    const results = new Map<Scenario['name'], MeasuredLoad[]>(scenarios.map((s) => [s.name, []]));

    log(`api: warm-up, ${options.warmupSeconds} s each`);
    for (const s of runnable) await load(s, options, options.warmupSeconds);
    for (let round = 0; round < options.rounds; round++) {
      // Rotate who goes first, so no scenario always runs right after the same neighbour.
      const order = runnable.map((_, i) => runnable[(i + round) % runnable.length] as Scenario);
      for (const s of order) {
        const result = await load(s, options, options.roundSeconds);
        results.get(s.name)?.push(result);
        log(`api: round ${round + 1}/${options.rounds} ${s.name.padEnd(11)} ${Math.round(result.rps)} req/s`);
      }
    }

    const summary = Object.fromEntries(
      scenarios.map((s) => [s.name, summarize(s, results.get(s.name) ?? [])]),
    ) as Record<Scenario['name'], ScenarioResult>;

    log(`api: counting KV reads over ${options.kvSamples} warm requests per route…`);
    const counting = await startWorker({ modulePaths: [writeKvCountingEntry(bundleDir), entry] });
    started.push(counting);
    await seedKv(counting.miniflare);
    const kvReads: Partial<Record<'relations' | 'notModified' | 'index', KvReadCount>> = {};
    for (const s of scenarios) {
      if (s.skip || (s.name !== 'relations' && s.name !== 'notModified' && s.name !== 'index')) continue;
      kvReads[s.name] = await countKvReads(new URL(s.path, counting.url).href, {
        samples: options.kvSamples,
        warmup: 20,
        headers: s.headers,
      });
    }
    const perRoute = Object.values(kvReads).map((count) => count.counted ?? count.reported);
    const kvReadsPerRequest = perRoute.some((reads) => reads === null) ? null : Math.max(...(perRoute as number[]));

    const ratio = (a: ScenarioResult) =>
      a.rps !== null && summary.bare.rps ? Number((a.rps / summary.bare.rps).toFixed(3)) : null;
    const cpuRatio = (a: ScenarioResult) =>
      a.cpuUsPerRequest && summary.bare.cpuUsPerRequest
        ? Number((summary.bare.cpuUsPerRequest / a.cpuUsPerRequest).toFixed(3))
        : null;
    return {
      ...summary,
      cpuRatio: cpuRatio(summary.relations),
      notModifiedCpuRatio: cpuRatio(summary.notModified),
      ratio: ratio(summary.relations),
      notModifiedRatio: ratio(summary.notModified),
      indexRatio: ratio(summary.index),
      kvReadsPerRequest,
      kvReads,
    };
  } finally {
    for (const { miniflare } of started) await miniflare.dispose();
    rmSync(bundleDir, { recursive: true, force: true });
  }
}

/** Constant workers answering with copies of the relations route's 200 and 304. */
async function replicaScenarios(worker: RunningWorker, path: string, started: RunningWorker[]): Promise<Scenario[]> {
  const ok = await recordResponse(await fetch(new URL(path, worker.url)));
  const etag = ok.headers.find(([name]) => name === 'etag')?.[1];
  const copies: [Scenario['name'], RecordedResponse][] = [['replica', ok]];
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

/** Checks each route answers as expected before loading it; a route that does not is skipped with a note. */
async function prepareScenarios(worker: RunningWorker, bare: RunningWorker, relationsPath: string) {
  const relations = await fetch(new URL(relationsPath, worker.url));
  await relations.arrayBuffer();
  const etag = relations.headers.get('etag');
  const index = await fetch(new URL('/v1/relations', worker.url));
  await index.arrayBuffer();
  const scenarios: Scenario[] = [
    { name: 'bare', worker: bare, path: '/', headers: {}, expectedStatus: 200 },
    { name: 'relations', worker, path: relationsPath, headers: {}, expectedStatus: 200 },
    {
      name: 'notModified',
      worker,
      path: relationsPath,
      headers: etag ? { 'If-None-Match': etag } : {},
      expectedStatus: 304,
    },
    { name: 'index', worker, path: '/v1/relations', headers: {}, expectedStatus: 200 },
  ];
  const skip = (name: Scenario['name'], why: string) => {
    const scenario = scenarios.find((s) => s.name === name);
    if (scenario) scenario.skip = why;
  };
  if (relations.status !== 200) skip('relations', `${relationsPath} answered ${relations.status}`);
  if (!etag) skip('notModified', `${relationsPath} sends no ETag`);
  else {
    const revalidated = await fetch(new URL(relationsPath, worker.url), { headers: { 'If-None-Match': etag } });
    await revalidated.arrayBuffer();
    if (revalidated.status !== 304) skip('notModified', `If-None-Match with its ETag answered ${revalidated.status}`);
  }
  if (index.status !== 200) skip('index', `/v1/relations answered ${index.status}`);
  return scenarios;
}

type MeasuredLoad = LoadResult & { cpuUsPerRequest: number | null };

async function load(s: Scenario, options: ApiOptions, seconds: number): Promise<MeasuredLoad> {
  const url = new URL(s.path, s.worker.url).href;
  const pid = s.worker.pid;
  const cpuBefore = pid === null ? null : cpuSeconds(pid);
  const result = await runLoad(options.generator, {
    url,
    connections: options.connections,
    seconds,
    headers: s.headers,
    expectedStatus: s.expectedStatus,
  });
  const cpuAfter = pid === null ? null : cpuSeconds(pid);
  const cpuUsPerRequest =
    cpuBefore === null || cpuAfter === null || result.requests === 0
      ? null
      : Math.round(((cpuAfter - cpuBefore) * 1e6) / result.requests);
  return { ...result, cpuUsPerRequest };
}

/** The best round (highest req/s) with its latencies; a round with unexpected answers is noted, not hidden. */
function summarize(s: Scenario, rounds: MeasuredLoad[]): ScenarioResult {
  const cpu = rounds.map((r) => r.cpuUsPerRequest).filter((us): us is number => us !== null);
  const base = {
    path: s.path,
    expectedStatus: s.expectedStatus,
    roundsRps: rounds.map((r) => Math.round(r.rps)),
    cpuUsPerRequest: cpu.length ? Math.min(...cpu) : null,
  };
  if (s.skip || rounds.length === 0) return { ...base, rps: null, p50Ms: null, p99Ms: null, note: s.skip };
  const best = rounds.reduce((a, b) => (b.rps > a.rps ? b : a));
  const unexpected = rounds.reduce((n, r) => n + r.unexpected, 0);
  const errors = rounds.reduce((n, r) => n + r.errors, 0);
  const seen = [...new Set(rounds.flatMap((r) => Object.keys(r.statuses)))].join(', ');
  const notes = [
    ...(unexpected ? [`${unexpected} responses not ${s.expectedStatus} (seen: ${seen})`] : []),
    ...(errors ? [`${errors} connection errors`] : []),
  ];
  return {
    ...base,
    rps: Math.round(best.rps),
    p50Ms: best.p50Ms,
    p99Ms: best.p99Ms,
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}
