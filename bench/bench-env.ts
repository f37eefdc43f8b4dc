// Where the benchmark runs from, and the environment that keeps wrangler and miniflare offline.
import { OFFLINE_VARS } from '../worker/scripts/wrangler-env.ts';

/** The environment for child processes (no telemetry, no update check, no cf.json download), and the root folder. */
export { offlineEnv, root } from '../worker/scripts/wrangler-env.ts';

// Miniflare runs in this process and reads these too, not only the wrangler child processes.
Object.assign(process.env, OFFLINE_VARS);
