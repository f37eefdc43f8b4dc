// The bindings wrangler.toml gives the worker.

/** The worker's environment: KV with the records, and the static assets (widget bundle, demo page). */
export interface Env {
  RELATIONS: KVNamespace;
  ASSETS: Fetcher;
}
