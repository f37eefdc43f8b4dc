// KV behind a small class: reads with cacheTtl and a timeout, validates once, keeps hot documents in the isolate.
import { COUNTRIES_KEY, countryKey, countryRelationsKey, INDEX_KEY, recordKey } from '../data/schema/kv-keys.ts';
import { contentEtag } from './content-etag.ts';
import { EdgeCache } from './edge-cache.ts';
import { IsolateCache } from './isolate-cache.ts';
import { logEvent } from './log.ts';
import { CorruptRecordError, StorageUnavailableError } from './store-errors.ts';
import {
  type Decoded,
  decodeCountries,
  decodeCountry,
  decodeCountryRelations,
  decodeIndex,
  decodeRecord,
} from './stored-documents.ts';

/**
 * A validated document, ready to serve: its JSON body and a strong ETag computed once; for a document the
 * worker reads rather than serves (a state's reference document), also its validated value.
 */
export interface StoredDocument {
  readonly body: string;
  readonly etag: string;
  readonly value?: unknown;
}

/**
 * Where an answer came from: the isolate's memory (`hit`), the data centre's Cache API (`edge`), KV (`miss`),
 * or a copy kept because KV failed or now holds an invalid value (`stale`).
 */
export type CacheOutcome = 'hit' | 'edge' | 'miss' | 'stale';

/** The answer of a read: the document, or null if KV has none; and whether (and how long) KV was read. */
export interface Lookup {
  readonly document: StoredDocument | null;
  readonly cache: CacheOutcome;
  /** Milliseconds spent reading KV; undefined when this read did not touch KV. */
  readonly kvMs?: number;
}

/** Options of a RecordStore. */
export interface RecordStoreOptions {
  /** Seconds KV keeps a value in the data centre's cache (KV's minimum is 30). @default 300 */
  cacheTtl?: number;
  /** Milliseconds a document read from KV is served from memory before KV is asked again. @default 60000 */
  freshMs?: number;
  /** Milliseconds to wait for KV before answering from the last good copy or failing. @default 2000 */
  timeoutMs?: number;
  /** The data centre's cache to consult before KV; none by default (see `recordStoreFor`). */
  edgeCache?: EdgeCache;
}

interface Slot {
  freshUntil: number;
  /** The raw KV text this slot was decoded from, so an unchanged value is not validated and hashed again. */
  raw: string | null;
  /** The answer while fresh: the same object every time, so a memory hit allocates nothing. */
  hit: Lookup;
  /** The newest valid document seen under this key, served when KV fails or the stored value turns corrupt. */
  lastGood: StoredDocument | undefined;
  corrupt: boolean;
}

class KvTimeoutError extends Error {
  constructor(ms: number) {
    super(`no answer from KV within ${ms} ms`);
    this.name = 'KvTimeoutError';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new KvTimeoutError(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => {
    if (timer !== null) clearTimeout(timer);
  });
}

/**
 * What a slot holds, roughly, in bytes: the raw text (kept to spot an unchanged value) and the body, two bytes a
 * character; a body that is the text itself counts once; a parsed value about four times its text.
 */
function slotBytes(text: string, decoded: { body: string; value?: unknown }): number {
  const body = decoded.body === text ? 0 : decoded.body.length;
  const value = decoded.value === undefined ? 0 : 4 * text.length;
  return 2 * (text.length + body) + value;
}

const NOT_FOUND_HIT: Lookup = Object.freeze({ document: null, cache: 'hit' });

/** Reads records and the index from the RELATIONS namespace. One per binding: see `recordStoreFor`. */
export class RecordStore {
  readonly #kv: KVNamespace;
  readonly #cache: IsolateCache<Slot>;
  readonly #cacheTtl: number;
  readonly #freshMs: number;
  readonly #timeoutMs: number;
  readonly #edge: EdgeCache | undefined;

  constructor(kv: KVNamespace, options: RecordStoreOptions = {}) {
    this.#kv = kv;
    this.#edge = options.edgeCache;
    // Bytes of documents kept in memory (see slotBytes): all 197 state documents take about 24 MiB.
    this.#cache = new IsolateCache({ maxBytes: 48 * 1024 * 1024 });
    this.#cacheTtl = Math.max(30, options.cacheTtl ?? 300);
    this.#freshMs = options.freshMs ?? 60_000;
    this.#timeoutMs = options.timeoutMs ?? 2000;
  }

  /** Milliseconds a document read from KV is served from memory before KV is asked again. */
  get freshMs(): number {
    return this.#freshMs;
  }

  /** The record of a pair by its canonical id (`AL-DK`). */
  get(id: string): Promise<Lookup> {
    return this.#read(recordKey(id), (text) => decodeRecord(text, id));
  }

  /** The index of pairs with an article, with links. */
  index(): Promise<Lookup> {
    return this.#read(INDEX_KEY, decodeIndex);
  }

  /** A state's reference document (`value` is its CountryDocument), by alpha-2 code. */
  country(code: string): Promise<Lookup> {
    return this.#read(countryKey(code), (text) => decodeCountry(text, code));
  }

  /** A state's partners, with links. */
  countryRelations(code: string): Promise<Lookup> {
    return this.#read(countryRelationsKey(code), (text) => decodeCountryRelations(text, code));
  }

  /** Every state the data knows, with links. */
  countries(): Promise<Lookup> {
    return this.#read(COUNTRIES_KEY, decodeCountries);
  }

  async #read(key: string, decode: (text: string) => Decoded): Promise<Lookup> {
    const slot = this.#cache.get(key);
    if (slot !== undefined && Date.now() < slot.freshUntil) {
      if (slot.corrupt && slot.lastGood === undefined) throw new CorruptRecordError(key);
      return slot.hit;
    }

    let text: string | null | undefined = await this.#edge?.get(key);
    const source: CacheOutcome = text === undefined ? 'miss' : 'edge';
    let kvMs: number | undefined;
    if (text === undefined) {
      const started = performance.now();
      try {
        text = await withTimeout(this.#kv.get(key, { type: 'text', cacheTtl: this.#cacheTtl }), this.#timeoutMs);
      } catch (error) {
        kvMs = performance.now() - started;
        const lastGood = slot?.lastGood;
        // Known to be absent is a last good answer too: a pair without a state document still finds its record.
        const knownAbsent = slot !== undefined && slot.raw === null;
        logEvent('error', 'kv-read-failed', {
          key,
          error: error instanceof Error ? error.message : String(error),
          kvMs: Math.round(kvMs),
          servedLastGood: lastGood !== undefined || knownAbsent,
        });
        if (lastGood !== undefined) return { document: lastGood, cache: 'stale', kvMs };
        if (knownAbsent) return { document: null, cache: 'stale', kvMs };
        throw new StorageUnavailableError(key, kvMs, error);
      }
      kvMs = performance.now() - started;
    }
    const freshUntil = Date.now() + this.#freshMs;

    if (text === null) {
      this.#cache.set(key, { freshUntil, raw: null, hit: NOT_FOUND_HIT, lastGood: undefined, corrupt: false }, 64);
      return { document: null, cache: source, kvMs };
    }
    if (slot !== undefined && text === slot.raw) {
      slot.freshUntil = freshUntil;
      if (slot.corrupt) {
        if (slot.lastGood === undefined) throw new CorruptRecordError(key, kvMs);
        return { document: slot.lastGood, cache: 'stale', kvMs };
      }
      if (source === 'miss') this.#edge?.put(key, text);
      return { document: slot.lastGood ?? null, cache: source, kvMs };
    }

    const decoded = decode(text);
    if (!decoded.ok) {
      const lastGood = slot?.lastGood;
      logEvent('error', 'corrupt-record', { key, issues: decoded.issues, servedLastGood: lastGood !== undefined });
      const hit: Lookup = lastGood ? { document: lastGood, cache: 'stale' } : NOT_FOUND_HIT;
      this.#cache.set(key, { freshUntil, raw: text, hit, lastGood, corrupt: true }, 2 * text.length);
      if (lastGood === undefined) throw new CorruptRecordError(key, kvMs);
      return { document: lastGood, cache: 'stale', kvMs };
    }

    // Only values that passed validation are shared with the other isolates of the data centre.
    if (source === 'miss') this.#edge?.put(key, text);
    const document: StoredDocument = Object.freeze({
      body: decoded.body,
      etag: await contentEtag(decoded.body),
      ...(decoded.value === undefined ? {} : { value: decoded.value }),
    });
    const hit: Lookup = Object.freeze({ document, cache: 'hit' });
    this.#cache.set(key, { freshUntil, raw: text, hit, lastGood: document, corrupt: false }, slotBytes(text, decoded));
    return { document, cache: source, kvMs };
  }
}

const stores = new WeakMap<KVNamespace, RecordStore>();

/**
 * The store of a KV binding, created on first use and kept for the isolate's life so its memory cache lasts
 * across requests. By default it consults `caches.default` before KV; `options`, where given (tests), replace
 * the defaults whole.
 */
export function recordStoreFor(kv: KVNamespace, options?: RecordStoreOptions): RecordStore {
  let store = stores.get(kv);
  if (store === undefined) {
    store = new RecordStore(kv, options ?? { edgeCache: new EdgeCache(caches.default) });
    stores.set(kv, store);
  }
  return store;
}
