// A least-recently-used map bounded in bytes, for documents kept in the isolate's memory between requests.

/** Options of an IsolateCache. */
export interface IsolateCacheOptions {
  /** The most bytes of values to keep; the least recently used go first. @default 8 MiB */
  maxBytes?: number;
}

/** A value and its size as the cache counts it. */
export interface Sized<V> {
  value: V;
  bytes: number;
}

/**
 * Keeps entries until space runs out, never because they are old: freshness is the caller's business, so an
 * expired entry is still there as the last good copy when storage fails.
 */
export class IsolateCache<V> {
  readonly #entries = new Map<string, Sized<V>>();
  readonly #maxBytes: number;
  #bytes = 0;

  constructor(options: IsolateCacheOptions = {}) {
    this.#maxBytes = options.maxBytes ?? 8 * 1024 * 1024;
  }

  /** The entry under `key`, marked as just used. */
  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    // Map keeps insertion order: re-inserting moves the key to the most recently used end.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** Stores `value` under `key`, evicting the least recently used entries beyond the byte budget. */
  set(key: string, value: V, bytes: number): void {
    const old = this.#entries.get(key);
    if (old !== undefined) {
      this.#bytes -= old.bytes;
      this.#entries.delete(key);
    }
    this.#entries.set(key, { value, bytes });
    this.#bytes += bytes;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.#maxBytes || oldest === key) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.bytes;
    }
  }

  /** How many entries are kept. */
  get size(): number {
    return this.#entries.size;
  }
}
