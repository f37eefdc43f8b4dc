// One scenario under load: a run with its CPU cost, and the best of a scenario's rounds.
import { cpuSeconds } from './process-cpu.ts';
import { type Generator, type LoadResult, runLoad } from './run-load.ts';
import type { Scenario } from './scenarios.ts';

/** The best round of one scenario, or why it was not measured. */
export type ScenarioResult = {
  path: string;
  /** How many paths were requested in turn (the cold-pair scenario); absent for one path. */
  paths?: number;
  /** Bytes of the response body (a mean for several paths); null where not measured. */
  bodyBytes: number | null;
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

/** One load run and the workerd CPU time it cost per request. */
export type MeasuredLoad = LoadResult & { cpuUsPerRequest: number | null };

/** Loads one scenario for `seconds`, reading the workerd process's CPU time before and after. */
export async function loadScenario(
  s: Scenario,
  options: { generator: Generator; connections: number },
  seconds: number,
): Promise<MeasuredLoad> {
  const url = new URL(s.path, s.worker.url).href;
  const pid = s.worker.pid;
  const cpuBefore = pid === null ? null : cpuSeconds(pid);
  const result = await runLoad(options.generator, {
    url,
    connections: options.connections,
    seconds,
    headers: s.headers,
    expectedStatus: s.expectedStatus,
    ...(s.paths ? { paths: s.paths, offset: s.cursor ?? 0 } : {}),
  });
  if (s.paths) s.cursor = ((s.cursor ?? 0) + result.requests) % s.paths.length;
  const cpuAfter = pid === null ? null : cpuSeconds(pid);
  const cpuUsPerRequest =
    cpuBefore === null || cpuAfter === null || result.requests === 0
      ? null
      : Math.round(((cpuAfter - cpuBefore) * 1e6) / result.requests);
  return { ...result, cpuUsPerRequest };
}

/** The best round (highest req/s) with its latencies; a round with unexpected answers is noted, not hidden. */
export function summarizeRounds(s: Scenario, rounds: MeasuredLoad[]): ScenarioResult {
  const cpu = rounds.map((r) => r.cpuUsPerRequest).filter((us): us is number => us !== null);
  const base = {
    path: s.path,
    ...(s.paths ? { paths: s.paths.length } : {}),
    bodyBytes: s.bodyBytes ?? null,
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
