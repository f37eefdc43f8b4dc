// Server-Timing on every response: total time, and for store reads whether KV was read and how long it took.
//
// Contract (the benchmark counts KV reads per warm request from it): `kv;dur=<ms>` appears if and only if the
// request itself read KV; `cache;desc="hit"|"edge"|"miss"|"stale"` says where a document came from (isolate
// memory, the data centre's Cache API, KV, a last good copy); `total;dur=<ms>` is always there. Workers advance clocks only across I/O, so `total` of a memory hit reads 0.
import type { Context, MiddlewareHandler } from 'hono';
import { setMetric, timing } from 'hono/timing';
import type { CacheOutcome } from '../record-store.ts';

/** Adds `Server-Timing` (with `total;dur=`) and `Timing-Allow-Origin: *` so pages on other sites may read it. */
export const serverTiming = (): MiddlewareHandler => timing({ totalDescription: '', crossOrigin: true });

/** Records one store read: `kv;dur=` only when KV was read, and where the answer came from. */
export function timeStoreRead(c: Context, read: { cache?: CacheOutcome; kvMs?: number | undefined }): void {
  if (read.kvMs !== undefined) setMetric(c, 'kv', read.kvMs);
  if (read.cache !== undefined) setMetric(c, 'cache', read.cache);
}
