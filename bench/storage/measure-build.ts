// How long `npm run data:build` takes, as a person runs it: a fresh Node process each time, wall clock.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { offlineEnv, root } from '../bench-env.ts';

/** One run: its wall time, and the time the script reports for its own work (reading, joining, writing). */
export type BuildRun = { wallMs: number; reportedMs: number | null };

/** Runs data/scripts/build.ts `runs` times and times each; throws if it fails. */
export function measureBuild(runs: number): BuildRun[] {
  const results: BuildRun[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const build = spawnSync(process.execPath, [join(root, 'data', 'scripts', 'build.ts')], {
      cwd: root,
      env: offlineEnv,
      encoding: 'utf8',
    });
    const wallMs = Math.round(performance.now() - started);
    if (build.status !== 0) throw new Error(`data:build failed:\n${build.stderr}`);
    const reported = / in (\d+) ms/.exec(build.stdout)?.[1];
    results.push({ wallMs, reportedMs: reported === undefined ? null : Number(reported) });
  }
  return results;
}
