// The data centre's shared cache (Workers Cache API) in front of KV: one copy per colo for all its isolates.
import { waitUntil } from 'cloudflare:workers';

/** A copy is kept five minutes. */
const CACHE_CONTROL = 'public, max-age=300';
/** Milliseconds to wait for the cache before going to KV. */
const TIMEOUT_MS = 500;

// Keys are URLs on a host nobody requests, so a cached KV value can never be served as a page by mistake.
const keyUrl = (key: string): string => `https://kv-cache.relations-card.internal/${encodeURIComponent(key)}`;

/**
 * Raw KV values in `caches.default`. Every KV read is billed, even one KV answers from its own cache; this
 * cache is free and shared by every isolate of the data centre, so a hot record costs one KV read per colo
 * per TTL instead of one per isolate. On `workers.dev` the Cache API stores nothing: `get` always misses.
 */
export class EdgeCache {
  readonly #cache: Cache;

  constructor(cache: Cache) {
    this.#cache = cache;
  }

  /** The cached value of a KV key, or undefined on a miss, an error or a slow answer. */
  async get(key: string): Promise<string | undefined> {
    let timer: ReturnType<typeof setTimeout> | null = null;
    try {
      const slow = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), TIMEOUT_MS);
      });
      const res = await Promise.race([this.#cache.match(keyUrl(key)), slow]);
      return res === undefined ? undefined : await res.text();
    } catch {
      return undefined;
    } finally {
      if (timer !== null) clearTimeout(timer);
    }
  }

  /**
   * Stores a value, finishing after the response is sent (`waitUntil`); a failure only means the next reader
   * goes to KV. The returned promise is for tests; the worker does not wait for it.
   */
  put(key: string, value: string): Promise<void> {
    const response = new Response(value, { headers: { 'cache-control': CACHE_CONTROL } });
    const stored = this.#cache.put(keyUrl(key), response).catch(() => undefined);
    waitUntil(stored);
    return stored;
  }
}
