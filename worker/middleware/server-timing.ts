// Server-Timing on every response: total time, and for store reads whether KV was read and how long it took.
//
// Contract (the benchmark counts KV reads per warm request from it): `kv;dur=<ms>` appears if and only if the
// request itself read KV; `cache;desc=hit|edge|miss|stale` says where a document came from (isolate memory,
// the data centre's Cache API, KV, a last good copy); `total;dur=<ms>` is always there. Workers advance
// clocks only across I/O, so `total` of a memory hit reads 0.
import type { Context, MiddlewareHandler } from 'hono';
import type { CacheOutcome } from '../record-store.ts';

/** What a handler learned from the store, for the Server-Timing header. */
export interface StoreTiming {
  cache?: CacheOutcome;
  kvMs?: number | undefined;
}

/** The context variables this middleware reads. */
export type ServerTimingVariables = { storeTiming: StoreTiming };

/** Records one store read: `kv;dur=` only when KV was read, and where the answer came from. */
export function timeStoreRead(c: Context, read: StoreTiming): void {
  c.set('storeTiming', read);
}

function metrics(read: StoreTiming | undefined, totalMs: number): string {
  const total = `total;dur=${totalMs.toFixed(1)}`;
  if (read === undefined) return total;
  const kv = read.kvMs === undefined ? '' : `kv;dur=${read.kvMs.toFixed(1)}, `;
  const cache = read.cache === undefined ? '' : `cache;desc=${read.cache}, `;
  return kv + cache + total;
}

/**
 * Adds `Server-Timing` and `Timing-Allow-Origin: *` (so pages on other sites may read it). Not hono/timing:
 * its per-request timer map and metric list cost about 8% of a warm request, for three fixed metrics.
 */
export const serverTiming = (): MiddlewareHandler =>
  async function serverTiming(c, next) {
    const started = performance.now();
    await next();
    const headers = c.res.headers;
    headers.set('server-timing', metrics(c.get('storeTiming'), performance.now() - started));
    // A 304 refreshes a stored 200 that already carries it (RFC 9111 §4.3.4).
    if (c.res.status !== 304) headers.set('timing-allow-origin', '*');
  };
