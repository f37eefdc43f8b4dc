// Starts the real worker with `wrangler dev` on a free port, its KV seeded from the built upload in a private state dir.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { offlineEnv, root, wranglerBin } from '../../worker/scripts/wrangler-env.ts';
import { freePort } from './free-port.ts';

/** A running worker: its origin, and how to stop it. */
export interface LocalWorker {
  origin: string;
  stop(): Promise<void>;
}

/** Seeds a fresh KV state from dist/kv/relations.json and starts `wrangler dev` on it; resolves once it answers. */
export async function startLocalWorker(): Promise<LocalWorker> {
  const persistTo = mkdtempSync(join(tmpdir(), 'relations-card-e2e-'));
  const seed = spawnSync(
    process.execPath,
    [
      wranglerBin,
      'kv',
      'bulk',
      'put',
      'dist/kv/relations.json',
      '--binding',
      'RELATIONS',
      '--local',
      '--persist-to',
      persistTo,
    ],
    { cwd: root, env: offlineEnv, encoding: 'utf8' },
  );
  if (seed.status !== 0) throw new Error(`seeding local KV failed:\n${seed.stderr}`);

  const port = await freePort();
  const inspectorPort = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [
      wranglerBin,
      'dev',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--inspector-port',
      String(inspectorPort),
      '--persist-to',
      persistTo,
      // Problem type URIs on this worker's own origin, so they lead somewhere, as `npm start` does.
      '--var',
      `PUBLIC_ORIGIN:${origin}`,
      '--show-interactive-dev-session=false',
      '--log-level',
      'warn',
    ],
    { cwd: root, env: offlineEnv, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));

  const deadline = Date.now() + 60_000;
  while (true) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${output}`);
    const up = await fetch(`${origin}/healthz`).then(
      (res) => res.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`wrangler dev did not answer on ${origin} within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    origin,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(persistTo, { recursive: true, force: true });
    },
  };
}
