// The API benchmark: the built worker and a bare worker in the same Miniflare harness, loaded in turns.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BARE_WORKER_SOURCE } from './bare-worker.ts';
import { buildWorkerBundle } from './build-worker-bundle.ts';
import { type ColdKvReads, countColdKvReads, countKvReads, type KvReadCount } from './count-kv-reads.ts';
import { writeKvCountingEntry } from './kv-read-counter.ts';
import { loadScenario, type MeasuredLoad, type ScenarioResult, summarizeRounds } from './load-scenario.ts';
import type { Generator } from './run-load.ts';
import { prepareScenarios, replicaScenarios, type Scenario, type ScenarioName } from './scenarios.ts';
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
  /** The pairs the record routes serve: one with an article (AL-DK), one joined from reference data (JP-KR). */
  pairs: { article: [string, string]; reference: [string, string] };
  /** Reference-only pair paths for the cold-pair scenario, in the order to request them. */
  coldPaths: readonly string[];
  /** Requests of the cold cycle whose KV reads are counted. */
  coldKvSamples: number;
  /** Also load constant workers that return copies of the real 200 and 304 (see replica-worker.ts). */
  diagnose?: boolean;
};

/** Everything the API benchmark measured. */
export type ApiResult = {
  bare: ScenarioResult;
  relations: ScenarioResult;
  reference: ScenarioResult;
  notModified: ScenarioResult;
  index: ScenarioResult;
  coldPair: ScenarioResult;
  /** With --diagnose: the copies of the 200 and the 304 served by a constant worker. */
  replica?: ScenarioResult;
  replicaNotModified?: ScenarioResult;
  ratio: number | null;
  referenceRatio: number | null;
  notModifiedRatio: number | null;
  indexRatio: number | null;
  coldPairRatio: number | null;
  /** Bare CPU per request over the route's: what the ratios would be if CPU were the only limit. */
  cpuRatio: number | null;
  notModifiedCpuRatio: number | null;
  /** The most KV reads per warm request of any measured route. */
  kvReadsPerRequest: number | null;
  kvReads: Partial<Record<WarmRoute, KvReadCount>>;
  /** KV reads of the first request for each record route in a fresh isolate, and the most of them. */
  coldKvReads: Partial<Record<'relations' | 'reference', number>>;
  coldKvReadsPerRequest: number | null;
  /** KV reads of the first requests of the cold-pair cycle in a fresh isolate. */
  coldPairKvReads: ColdKvReads | null;
};

type WarmRoute = 'relations' | 'reference' | 'notModified' | 'index';
const WARM_ROUTES: readonly ScenarioName[] = ['relations', 'reference', 'notModified', 'index'];
const pairPath = ([a, b]: [string, string]) => `/v1/relations/${a}/${b}`;

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

    const relationsPath = pairPath(options.pairs.article);
    const scenarios = await prepareScenarios(worker, bare, {
      article: relationsPath,
      reference: pairPath(options.pairs.reference),
      cold: options.generator === 'wrk' ? options.coldPaths : [],
    });
    const coldPair = scenarios.find((s) => s.name === 'coldPair');
    if (coldPair && options.generator !== 'wrk')
      coldPair.skip = 'cycling through pairs needs wrk (apt-get install wrk)';
    if (options.diagnose) scenarios.push(...(await replicaScenarios(worker, relationsPath, started)));
    const runnable = scenarios.filter((s) => !s.skip);
    const results = new Map<ScenarioName, MeasuredLoad[]>(scenarios.map((s) => [s.name, []]));

    log(`api: warm-up, ${options.warmupSeconds} s each`);
    for (const s of runnable) await loadScenario(s, options, options.warmupSeconds);
    for (let round = 0; round < options.rounds; round++) {
      // Rotate who goes first, so no scenario always runs right after the same neighbour.
      const order = runnable.map((_, i) => runnable[(i + round) % runnable.length] as Scenario);
      for (const s of order) {
        const result = await loadScenario(s, options, options.roundSeconds);
        results.get(s.name)?.push(result);
        log(`api: round ${round + 1}/${options.rounds} ${s.name.padEnd(11)} ${Math.round(result.rps)} req/s`);
      }
    }

    const summary = Object.fromEntries(
      scenarios.map((s) => [s.name, summarizeRounds(s, results.get(s.name) ?? [])]),
    ) as Record<ScenarioName, ScenarioResult>;

    log(`api: counting KV reads: first requests, ${options.kvSamples} warm requests per route, cold pairs…`);
    const counting = await startWorker({ modulePaths: [writeKvCountingEntry(bundleDir), entry] });
    started.push(counting);
    await seedKv(counting.miniflare);
    // First the very first request for each record route in this fresh isolate: what a cold request costs.
    const coldKvReads: ApiResult['coldKvReads'] = {};
    for (const s of scenarios) {
      if (s.skip || (s.name !== 'relations' && s.name !== 'reference')) continue;
      const first = await countKvReads(new URL(s.path, counting.url).href, { samples: 1, warmup: 0 });
      if (first.counted !== null) coldKvReads[s.name] = first.counted;
    }
    const kvReads: Partial<Record<WarmRoute, KvReadCount>> = {};
    for (const s of scenarios) {
      if (s.skip || !WARM_ROUTES.includes(s.name)) continue;
      kvReads[s.name as WarmRoute] = await countKvReads(new URL(s.path, counting.url).href, {
        samples: options.kvSamples,
        warmup: 20,
        headers: s.headers,
      });
    }
    const perRoute = Object.values(kvReads).map((count) => count.counted ?? count.reported);
    const kvReadsPerRequest = perRoute.some((reads) => reads === null) ? null : Math.max(...(perRoute as number[]));
    const coldCounts = Object.values(coldKvReads);
    const coldPairKvReads =
      coldPair && !coldPair.skip && coldPair.paths
        ? await countColdKvReads(
            coldPair.paths.slice(0, options.coldKvSamples).map((path) => new URL(path, counting.url).href),
          )
        : null;

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
      referenceRatio: ratio(summary.reference),
      notModifiedRatio: ratio(summary.notModified),
      indexRatio: ratio(summary.index),
      coldPairRatio: ratio(summary.coldPair),
      kvReadsPerRequest,
      kvReads,
      coldKvReads,
      coldKvReadsPerRequest: coldCounts.length ? Math.max(...coldCounts) : null,
      coldPairKvReads,
    };
  } finally {
    for (const { miniflare } of started) await miniflare.dispose();
    rmSync(bundleDir, { recursive: true, force: true });
  }
}
