// The bindings wrangler.toml gives the worker, and the Hono environment built on them.
import type { ServerTimingVariables } from './middleware/server-timing.ts';

/** The worker's environment: KV with the records, and the static assets (widget bundle, demo page). */
export interface Env {
  RELATIONS: KVNamespace;
  ASSETS: Fetcher;
}

/** What every handler sees: the bindings, and what it tells the Server-Timing middleware. */
export type AppEnv = { Bindings: Env; Variables: ServerTimingVariables };
