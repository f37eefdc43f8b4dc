// `node bench/fresh-start.ts`: how long a new contributor waits. Clones this repository (its committed HEAD) into
// an empty folder, times `npm install`, then times `npm start` until `GET /v1/relations/JP/KR` answers 200, twice:
// the first publishes every key to local KV, the second finds nothing changed. Writes bench/start-results.json.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { offlineEnv, root } from './bench-env.ts';
import { describeMachine, gitCommit } from './machine.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: join(tmpdir(), 'relations-card-fresh') },
    port: { type: 'string', default: '8799' },
    path: { type: 'string', default: '/v1/relations/JP/KR' },
    out: { type: 'string', default: join(root, 'bench', 'start-results.json') },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(`node bench/fresh-start.ts [options]
  --dir DIR      where to clone (emptied first; default $TMPDIR/relations-card-fresh)
  --port N       the port npm start serves on (default 8799)
  --path PATH    the request that must answer 200 (default /v1/relations/JP/KR)
  --out FILE     where to write the results (default bench/start-results.json)`);
  process.exit(0);
}
const dir = values.dir ?? '';
const url = `http://127.0.0.1:${values.port}${values.path}`;
const log = (line: string) => console.error(line);
// The clone's npm scripts run on this Node (22), whatever the machine's default is.
const env = { ...offlineEnv, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` };

/** Runs a command to completion in the clone and returns its wall time in ms; throws if it fails. */
function timed(command: string, args: string[], cwd = dir): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  return Math.round(performance.now() - started);
}

/** A line npm start printed, with when (ms after the start). */
type Mark = { ms: number; line: string };

/** Starts `npm start`, waits for `url` to answer 200, stops it (its whole process group), and reports. */
async function timeStart(): Promise<{ readyMs: number; status: number; marks: Mark[] }> {
  const started = performance.now();
  const child: ChildProcess = spawn('npm', ['start', '--', '--port', String(values.port)], {
    cwd: dir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const marks: Mark[] = [];
  let output = '';
  const record = (chunk: Buffer) => {
    output += chunk;
    for (const line of chunk.toString().split('\n')) {
      if (/^(\d\/3 |kv: |data: |\[wrangler:info\] Ready)/.test(line.trim()))
        marks.push({ ms: Math.round(performance.now() - started), line: line.trim() });
    }
  };
  child.stdout?.on('data', record);
  child.stderr?.on('data', record);
  try {
    while (true) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
      if (performance.now() - started > 180_000) throw new Error(`no 200 from ${url} within 180 s:\n${output}`);
      const response = await fetch(url).catch(() => null);
      if (response) await response.arrayBuffer();
      if (response?.status === 200) {
        return { readyMs: Math.round(performance.now() - started), status: response.status, marks };
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    if (child.pid !== undefined && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
  }
}

rmSync(dir, { recursive: true, force: true });
log(`fresh-start: git clone ${root} ${dir}`);
const cloneMs = timed('git', ['clone', '--quiet', root, dir], tmpdir());
log('fresh-start: npm install…');
const installMs = timed('npm', ['install', '--no-audit', '--no-fund']);
log(`fresh-start: npm install took ${(installMs / 1000).toFixed(1)} s; first npm start…`);
const first = await timeStart();
log(`fresh-start: first npm start answered ${values.path} in ${(first.readyMs / 1000).toFixed(1)} s; second…`);
const second = await timeStart();
log(`fresh-start: second npm start answered in ${(second.readyMs / 1000).toFixed(1)} s`);

const results = {
  date: new Date().toISOString(),
  machine: describeMachine(),
  commit: gitCommit(),
  request: values.path,
  cloneMs,
  installMs,
  first,
  second,
};
writeFileSync(values.out ?? '', `${JSON.stringify(results, null, 2)}\n`);
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(
  `\nFrom a fresh clone of ${results.commit} (${results.machine.cores} cores, load ${results.machine.loadAverage}):`,
);
console.log(`  git clone            ${s(cloneMs)}`);
console.log(`  npm install          ${s(installMs)}`);
console.log(`  npm start, first     ${s(first.readyMs)} until ${values.path} answered 200`);
console.log(`  npm start, again     ${s(second.readyMs)} (nothing changed)`);
for (const [name, run] of [
  ['first', first],
  ['again', second],
] as const) {
  console.log(`\n  ${name}:`);
  for (const mark of run.marks) console.log(`    ${s(mark.ms).padStart(7)}  ${mark.line}`);
}
console.log(`\nfresh-start: wrote ${(values.out ?? '').replace(`${root}/`, '')}`);
