// `node bench/profile.ts [path] [--seconds N]`: a CPU profile of the worker in Miniflare under load, summed by
// function and by source file, to find what keeps a route below the bare worker. Writes the .cpuprofile too
// (open it in Chrome DevTools, Performance panel).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildWorkerBundle } from './api/build-worker-bundle.ts';
import { profileWorker } from './api/cpu-profile.ts';
import { defaultGenerator, runLoad } from './api/run-load.ts';
import { seedKv } from './api/seed-kv.ts';
import { startWorker } from './api/start-worker.ts';
import { summarizeProfile } from './api/summarize-profile.ts';
import { textTable } from './report/text-table.ts';

const { values, positionals } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    interval: { type: 'string', default: '250' },
    header: { type: 'string', short: 'H', multiple: true, default: [] },
  },
  allowPositionals: true,
});
const path = positionals[0] ?? '/v1/relations/AL/DK';
const seconds = Number(values.seconds);
const headers = Object.fromEntries(
  (values.header ?? []).map((h) => [h.slice(0, h.indexOf(':')).trim(), h.slice(h.indexOf(':') + 1).trim()]),
);

const bundleDir = mkdtempSync(join(tmpdir(), 'relations-profile-'));
const entry = await buildWorkerBundle(bundleDir);
const worker = await startWorker({ modulePaths: [entry] }, { inspector: true });
try {
  await seedKv(worker.miniflare);
  const url = new URL(path, worker.url).href;
  const first = await fetch(url, { headers });
  await first.arrayBuffer();
  console.error(`profile: ${path} answers ${first.status}; warm-up, then ${seconds} s under load…`);
  const load = (s: number) =>
    runLoad(defaultGenerator(), {
      url,
      connections: Number(values.connections),
      seconds: s,
      headers,
      expectedStatus: first.status,
    });
  await load(2);
  let rps = 0;
  const profile = await profileWorker(
    worker.miniflare,
    async () => {
      rps = (await load(seconds)).rps;
    },
    Number(values.interval),
  );
  const out = join(tmpdir(), `relations-worker-${Date.now()}.cpuprofile`);
  writeFileSync(out, JSON.stringify(profile));
  const summary = summarizeProfile(profile, entry);
  const busy = summary.busyMs / (summary.busyMs + summary.idleMs);
  console.log(
    `\n${path}: ${Math.round(rps)} req/s while profiled (sampling slows it); the worker's isolate was busy ${(busy * 100).toFixed(0)}% of ${summary.busyMs + summary.idleMs} ms sampled\n`,
  );
  const rows = (list: { name: string; ms: number; share: number }[]) =>
    list.map((s) => [s.name, String(s.ms), `${(s.share * 100).toFixed(1)}%`]);
  console.log(
    textTable(['self time by source file (native calls charged to their caller)', 'ms', 'share'], rows(summary.files)),
  );
  console.log('');
  console.log(textTable(['self time by function', 'ms', 'share'], rows(summary.functions)));
  console.log(`\nprofile: wrote ${out}`);
} finally {
  await worker.miniflare.dispose();
  rmSync(bundleDir, { recursive: true, force: true });
}
