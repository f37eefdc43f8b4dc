// How the project runs wrangler: offline, without telemetry, update checks or the cf.json download.
import { type SpawnOptions, spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The variables that keep wrangler and miniflare offline: no telemetry, no update check, no cf.json download. */
export const OFFLINE_VARS = {
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
} as const;

/** This process's environment with OFFLINE_VARS, for wrangler child processes. */
export const offlineEnv: NodeJS.ProcessEnv = { ...process.env, ...OFFLINE_VARS };

/** The project's wrangler CLI, run with this Node rather than through npx. */
export const wranglerBin = join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js');

/** Runs wrangler to completion; exits the process with wrangler's code if it fails. */
export function wrangler(args: string[]): void {
  const result = spawnSync(process.execPath, [wranglerBin, ...args], { cwd: root, env: offlineEnv, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Starts a long-running wrangler command (such as `dev`) and returns its process. */
export function wranglerSpawn(args: string[], options: SpawnOptions = {}) {
  return spawn(process.execPath, [wranglerBin, ...args], { cwd: root, env: offlineEnv, stdio: 'inherit', ...options });
}

/** Runs an npm script of this project to completion; exits the process if it fails. */
export function npmRun(script: string): void {
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: root, env: offlineEnv, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
