// The bindings wrangler.toml gives the worker, and the Hono environment built on them.
import type { ServerTimingVariables } from './middleware/server-timing.ts';

/** The worker's environment: KV with the records. Static assets are served by the platform, not through it. */
export interface Env {
  RELATIONS: KVNamespace;
}

/** What every handler sees: the bindings, and what it tells the Server-Timing middleware. */
export type AppEnv = { Bindings: Env; Variables: ServerTimingVariables };
