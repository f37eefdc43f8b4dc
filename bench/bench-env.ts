// Where the benchmark runs from, and the environment that keeps wrangler and miniflare offline.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const OFFLINE = {
  WRANGLER_SEND_METRICS: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
};

// Miniflare runs in this process and reads these too, not only the wrangler child processes.
Object.assign(process.env, OFFLINE);

/** Environment for child processes: no telemetry, no update check, no cf.json download. */
export const offlineEnv: NodeJS.ProcessEnv = { ...process.env, ...OFFLINE };
