// Runs a worker in Miniflare directly (no wrangler dev proxy), with the bindings wrangler.toml declares.
import { join } from 'node:path';
import { convertV4MiniflareOptions, Miniflare, type V4WorkerOptionsShape } from 'miniflare';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
import { root } from '../bench-env.ts';
import { childPids } from './process-cpu.ts';

/** The code to run: ES modules on disk (the entry first, all in one folder), or one module's source. */
export type WorkerSource = { modulePaths: string[] } | { script: string };

/** A worker listening on 127.0.0.1, and the id of the workerd process that runs it (null where unknown). */
export type RunningWorker = { url: URL; miniflare: Miniflare; pid: number | null };

/**
 * Starts `source` in its own Miniflare on a free loopback port. Every worker gets the same options read from
 * wrangler.toml (compatibility date and flags, vars, the `RELATIONS` KV namespace and the `ASSETS` directory),
 * so the bare worker and the real one differ only in their code.
 */
export async function startWorker(source: WorkerSource, options: { inspector?: boolean } = {}): Promise<RunningWorker> {
  // wrangler's own reading of wrangler.toml, typed against its bundled Miniflare 4: the fields used here match.
  const workerOptions = unstable_getMiniflareWorkerOptions(join(root, 'wrangler.toml')).workerOptions as Pick<
    V4WorkerOptionsShape,
    'compatibilityDate' | 'compatibilityFlags' | 'bindings' | 'assets'
  >;
  const code =
    'modulePaths' in source
      ? {
          modules: source.modulePaths.map((path) => ({ type: 'ESModule' as const, path })),
          modulesRoot: join(source.modulePaths[0] ?? '', '..'),
        }
      : { modules: true, script: source.script };
  const before = new Set(childPids());
  const miniflare = new Miniflare(
    convertV4MiniflareOptions({
      host: '127.0.0.1',
      port: 0,
      cf: false,
      // Miniflare would otherwise post a log line per request to this process: harness cost, not the worker's.
      logRequests: false,
      // The DevTools protocol, for CPU profiles (bench/profile.ts); off when measuring.
      ...(options.inspector ? { inspectorPort: 0, inspectorHost: '127.0.0.1' } : {}),
      compatibilityDate: workerOptions.compatibilityDate,
      compatibilityFlags: workerOptions.compatibilityFlags,
      bindings: workerOptions.bindings,
      kvNamespaces: { RELATIONS: 'relations-bench' },
      assets: workerOptions.assets,
      ...code,
    }),
  );
  const url = await miniflare.ready;
  // Each Miniflare spawns its own workerd: the child that was not there before is this worker's.
  const spawned = childPids().filter((pid) => !before.has(pid));
  return { url, miniflare, pid: spawned.length === 1 ? (spawned[0] ?? null) : null };
}
