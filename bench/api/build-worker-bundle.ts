// Bundles the worker exactly as a deploy would (`wrangler deploy --dry-run`), without uploading anything.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { wranglerBin } from '../../worker/scripts/wrangler-env.ts';
import { offlineEnv, root } from '../bench-env.ts';

/** Builds the worker into `outDir` and returns the path of its entry module. */
export async function buildWorkerBundle(outDir: string): Promise<string> {
  const args = [wranglerBin, 'deploy', '--dry-run', '--outdir', outDir];
  const child = spawn(process.execPath, args, { cwd: root, env: offlineEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`wrangler deploy --dry-run failed (exit ${code}):\n${output}`);
  return join(outDir, 'index.js');
}
