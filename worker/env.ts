// The bindings and variables wrangler.toml gives the worker, and the Hono environment built on them.
import type { ServerTimingVariables } from './middleware/server-timing.ts';

/** The worker's environment: KV with the records, and the deployment's public origin. */
export interface Env {
  RELATIONS: KVNamespace;
  /**
   * The origin the API is published at (`[vars]` in wrangler.toml, such as
   * `https://relations-card.example.workers.dev`): absolute links the worker writes (problem `type` URIs) use it,
   * never the request's Host header, which any client can set.
   */
  PUBLIC_ORIGIN: string;
}

/** What every handler sees: the bindings, and what it tells the Server-Timing middleware. */
export type AppEnv = { Bindings: Env; Variables: ServerTimingVariables };
