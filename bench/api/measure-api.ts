// The API benchmark: the built worker and a bare worker in the same Miniflare harness, loaded in turns.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BARE_WORKER_SOURCE } from './bare-worker.ts';
import { buildWorkerBundle } from './build-worker-bundle.ts';
import { countKvReads, type KvReadCount } from './count-kv-reads.ts';
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
  /** The pair whose record the relations route serves, as two alpha-2 codes. */
  pair: [string, string];
  /** Also load constant workers that return copies of the real 200 and 304 (see replica-worker.ts). */
  diagnose?: boolean;
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
