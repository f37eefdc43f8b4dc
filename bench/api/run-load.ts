// Loads a URL with autocannon or wrk in a child process (spawned, never waited on synchronously), so the
// load never blocks the event loop of this process, which hosts Miniflare.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The load generators this benchmark can drive. */
export type Generator = 'autocannon' | 'wrk';

/** One load run: what to hit, with how many connections, for how long. */
export type LoadOptions = {
  url: string;
  connections: number;
  seconds: number;
  headers?: Record<string, string>;
  expectedStatus: number;
  /**
   * Paths on `url`'s origin to request in turn instead of `url` itself, one per request across all connections,
   * starting at `offset` (wrk only: its Lua script keeps one sequence).
   */
  paths?: readonly string[];
  offset?: number;
};

/** What one run measured. Latencies in milliseconds. */
export type LoadResult = {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Responses by status code; wrk tells only how many were 400 or above, under `failed`. */
  statuses: Record<string, number>;
  /** Responses other than the expected status (wrk: 400 and above), so a run that measured the wrong answer shows. */
  unexpected: number;
  errors: number;
};

const require = createRequire(import.meta.url);
const autocannonBin = require.resolve('autocannon/autocannon.js');

/** Debian's wrk, where installed (`apt-get install wrk`): written in C, it leaves more CPU to the worker. */
export const WRK = '/usr/bin/wrk';

/** The generator and its version, as the results name it. */
export function describeGenerator(generator: Generator): string {
  if (generator === 'wrk') return 'wrk (1 thread)';
  const { version } = JSON.parse(readFileSync(require.resolve('autocannon/package.json'), 'utf8')) as {
    version: string;
  };
  return `autocannon ${version}`;
}

/** Whether `generator` can run here. */
export function generatorAvailable(generator: Generator): boolean {
  return generator === 'autocannon' || existsSync(WRK);
}

/** wrk where installed (finer latencies, less CPU taken from the worker), else autocannon, always installed. */
export function defaultGenerator(): Generator {
  return generatorAvailable('wrk') ? 'wrk' : 'autocannon';
}

/** Runs the generator against `options.url` and resolves with its figures when it exits. */
export function runLoad(generator: Generator, options: LoadOptions): Promise<LoadResult> {
  if (options.paths && generator !== 'wrk') return Promise.reject(new Error('cycling through paths needs wrk'));
  return generator === 'wrk' ? runWrk(options) : runAutocannon(options);
}

function run(command: string, args: string[]): Promise<string> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${command} exited with ${code}: ${stderr}`)),
    );
  });
}

type AutocannonJson = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  statusCodeStats?: Record<string, { count: number }>;
};

/** autocannon's latencies are whole milliseconds. */
async function runAutocannon(options: LoadOptions): Promise<LoadResult> {
  const args = [autocannonBin, '--json', '--no-progress'];
  args.push('-c', String(options.connections), '-d', String(options.seconds));
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push('-H', `${name}=${value}`);
  const result = JSON.parse(await run(process.execPath, [...args, options.url])) as AutocannonJson;
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, count]),
  );
  const expected = statuses[String(options.expectedStatus)] ?? 0;
  return {
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    statuses,
    unexpected: Object.values(statuses).reduce((a, b) => a + b, 0) - expected,
    errors: result.errors + result.timeouts,
  };
}

// wrk's Lua hook: one JSON line at the end, latencies in microseconds.
const WRK_REPORT = `done = function(s, latency)
  local e = s.errors
  io.write(string.format('{"requests":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"socketErrors":%d,"failed":%d}\\n',
    s.requests, s.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end`;

type WrkJson = {
  requests: number;
  durationUs: number;
  p50Us: number;
  p99Us: number;
  socketErrors: number;
  failed: number;
};

// wrk's Lua hooks for a list of paths: each request takes the next one; the first is chosen by the script's argument.
const wrkPaths = (paths: readonly string[]) => `local paths = {
${paths.map((path) => `  ${JSON.stringify(path)},`).join('\n')}
}
local i = 0
init = function(args)
  i = (tonumber(args[1]) or 0) % #paths
end
request = function()
  i = i % #paths + 1
  return wrk.format(nil, paths[i])
end
`;

let wrkDir: string | undefined;
const wrkScripts = new Map<readonly string[] | undefined, string>();

/** The Lua file for `paths` (or for one URL), written once per run into a folder removed at exit. */
function wrkScript(paths: readonly string[] | undefined): string {
  let script = wrkScripts.get(paths);
  if (script === undefined) {
    if (wrkDir === undefined) {
      const dir = mkdtempSync(join(tmpdir(), 'relations-bench-wrk-'));
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      wrkDir = dir;
    }
    script = join(wrkDir, `script-${wrkScripts.size}.lua`);
    writeFileSync(script, `${paths ? wrkPaths(paths) : ''}${WRK_REPORT}`);
    wrkScripts.set(paths, script);
  }
  return script;
}

/** wrk with one thread; statuses of 400 and above count as failed. */
async function runWrk(options: LoadOptions): Promise<LoadResult> {
  const args = ['-t1', `-c${options.connections}`, `-d${options.seconds}s`, '-s', wrkScript(options.paths)];
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push('-H', `${name}: ${value}`);
  const extra = options.paths ? ['--', String(options.offset ?? 0)] : [];
  const output = await run(WRK, [...args, options.url, ...extra]);
  const line = output.split('\n').find((l) => l.startsWith('{"requests"'));
  if (!line) throw new Error(`wrk printed no report:\n${output}`);
  const result = JSON.parse(line) as WrkJson;
  return {
    rps: result.requests / (result.durationUs / 1e6),
    p50Ms: result.p50Us / 1000,
    p99Ms: result.p99Us / 1000,
    requests: result.requests,
    statuses: result.failed ? { failed: result.failed } : {},
    unexpected: result.failed,
    errors: result.socketErrors,
  };
}
