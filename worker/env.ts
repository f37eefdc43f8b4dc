// The bindings wrangler.toml gives the worker, and the Hono environment built on them.
import type { TimingVariables } from 'hono/timing';

/** The worker's environment: KV with the records, and the static assets (widget bundle, demo page). */
export interface Env {
  RELATIONS: KVNamespace;
  ASSETS: Fetcher;
}

/** What every handler sees: the bindings, and the Server-Timing metrics of the request. */
export type AppEnv = { Bindings: Env; Variables: TimingVariables };
