// RecordStore alone: its in-isolate cache, Cache API tier, KV reads and validation.
import { describe, expect, it, vi } from 'vitest';
import { EdgeCache } from '../../worker/edge-cache.ts';
import { IsolateCache } from '../../worker/isolate-cache.ts';
import { RecordStore } from '../../worker/record-store.ts';
import { CorruptRecordError, StorageUnavailableError } from '../../worker/store-errors.ts';
import { AL_DK, fakeKv, minimalRecord } from './fixtures.ts';

/** A fake KV that counts reads and records the options they were made with. */
function countingKv(values: Record<string, string>) {
  const reads: { key: string; options: unknown }[] = [];
  const kv = {
    get: async (key: string, options: unknown) => {
      reads.push({ key, options });
      return values[key] ?? null;
    },
  } as unknown as KVNamespace;
  return { kv, reads };
}

describe('RecordStore', () => {
  it('reads KV with cacheTtl, then answers from memory without reading again', async () => {
    const { kv, reads } = countingKv({ 'relations:AL-DK': JSON.stringify(AL_DK) });
    const store = new RecordStore(kv, { cacheTtl: 60 });
    const first = await store.get('AL-DK');
    const second = await store.get('AL-DK');
    expect(reads).toEqual([{ key: 'relations:AL-DK', options: { type: 'text', cacheTtl: 60 } }]);
    expect(first).toMatchObject({ cache: 'miss', kvMs: expect.any(Number) });
    expect(second).toEqual({ cache: 'hit', document: first.document });
    expect(JSON.parse(first.document?.body ?? '')).toEqual(AL_DK);
  });

  it('never asks KV for a cacheTtl under its 30 second minimum', async () => {
    const { kv, reads } = countingKv({});
    await new RecordStore(kv, { cacheTtl: 5 }).get('AL-DK');
    expect(reads[0]?.options).toEqual({ type: 'text', cacheTtl: 30 });
  });

  it('remembers that a pair has no record, too', async () => {
    const { kv, reads } = countingKv({});
    const store = new RecordStore(kv);
    expect((await store.get('AL-FR')).document).toBeNull();
    expect(await store.get('AL-FR')).toEqual({ document: null, cache: 'hit' });
    expect(reads).toHaveLength(1);
  });

  it('asks KV again once the memory copy is older than freshMs, and keeps the ETag of an unchanged value', async () => {
    const { kv, reads } = countingKv({ 'relations:AL-DK': JSON.stringify(AL_DK) });
    const store = new RecordStore(kv, { freshMs: 0 });
    const first = await store.get('AL-DK');
    const again = await store.get('AL-DK');
    expect(reads).toHaveLength(2);
    expect(again.cache).toBe('miss');
    expect(again.document).toBe(first.document);
  });

  it('serves what the schema keeps: unknown fields are not passed on', async () => {
    const { kv } = countingKv({ 'relations:AL-DK': JSON.stringify({ ...AL_DK, secret: 'x' }) });
    const { document } = await new RecordStore(kv).get('AL-DK');
    expect(JSON.parse(document?.body ?? '')).toEqual(AL_DK);
  });

  it('refuses a record stored under another pair', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { kv } = countingKv({ 'relations:AL-GR': JSON.stringify(minimalRecord('DE', 'FR')) });
    await expect(new RecordStore(kv).get('AL-GR')).rejects.toBeInstanceOf(CorruptRecordError);
    vi.restoreAllMocks();
  });

  it('gives up on KV after timeoutMs', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = new RecordStore(
      fakeKv(() => new Promise(() => {})),
      { timeoutMs: 10 },
    );
    await expect(store.get('AL-DK')).rejects.toBeInstanceOf(StorageUnavailableError);
    vi.restoreAllMocks();
  });

  it('reads the index and adds a link to each record', async () => {
    const index = { schemaVersion: 1, pairs: [{ id: 'AL-DK', countries: ['AL', 'DK'], title: 'A' }] };
    const { kv, reads } = countingKv({ 'relations-index': JSON.stringify(index) });
    const { document } = await new RecordStore(kv).index();
    expect(reads[0]?.key).toBe('relations-index');
    expect(JSON.parse(document?.body ?? '').pairs[0].href).toBe('/v1/relations/AL/DK');
  });
});

/** An EdgeCache whose stores can be awaited, so a test knows the value is there for the next reader. */
class WatchedEdgeCache extends EdgeCache {
  readonly puts: Promise<void>[] = [];
  override put(key: string, value: string): Promise<void> {
    const stored = super.put(key, value);
    this.puts.push(stored);
    return stored;
  }
}

describe('RecordStore with the Cache API in front of KV', () => {
  it('lets a second isolate take the value from the data centre cache instead of KV', async () => {
    const { kv, reads } = countingKv({ 'relations:AL-DK': JSON.stringify(AL_DK) });
    const watched = new WatchedEdgeCache(await caches.open('store-test-1'));
    const first = await new RecordStore(kv, { edgeCache: watched }).get('AL-DK');
    await Promise.all(watched.puts);
    const second = await new RecordStore(kv, { edgeCache: watched }).get('AL-DK');
    expect(reads).toHaveLength(1);
    expect(first.cache).toBe('miss');
    expect(second).toEqual({ document: first.document, cache: 'edge', kvMs: undefined });
  });

  it('validates what the cache holds as it does what KV holds', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const edge = new EdgeCache(await caches.open('store-test-2'));
    await edge.put('relations:AL-DK', '{"not":"a record"}');
    const { kv } = countingKv({});
    await expect(new RecordStore(kv, { edgeCache: edge }).get('AL-DK')).rejects.toBeInstanceOf(CorruptRecordError);
    vi.restoreAllMocks();
  });

  it('shares only values that passed validation', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const cache = await caches.open('store-test-3');
    const { kv } = countingKv({ 'relations:AL-DK': 'corrupt' });
    await expect(new RecordStore(kv, { edgeCache: new EdgeCache(cache) }).get('AL-DK')).rejects.toThrow();
    expect(await new EdgeCache(cache).get('relations:AL-DK')).toBeUndefined();
    vi.restoreAllMocks();
  });

  it('goes to KV when the cache fails', async () => {
    const down = async () => Promise.reject(new Error('cache down'));
    const broken = { match: down, put: down } as unknown as Cache;
    const { kv, reads } = countingKv({ 'relations:AL-DK': JSON.stringify(AL_DK) });
    const lookup = await new RecordStore(kv, { edgeCache: new EdgeCache(broken) }).get('AL-DK');
    expect(lookup.cache).toBe('miss');
    expect(reads).toHaveLength(1);
  });
});

describe('IsolateCache', () => {
  it('evicts the least recently used entries beyond its byte budget', () => {
    const cache = new IsolateCache<string>({ maxBytes: 30 });
    cache.set('a', 'A', 10);
    cache.set('b', 'B', 10);
    cache.set('c', 'C', 10);
    cache.get('a');
    cache.set('d', 'D', 10);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual(['A', 'C', 'D']);
  });

  it('keeps the newest entry even when it alone is over budget', () => {
    const cache = new IsolateCache<string>({ maxBytes: 5 });
    cache.set('a', 'A', 3);
    cache.set('big', 'B', 50);
    expect(cache.get('big')).toBe('B');
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it('counts a replaced entry once', () => {
    const cache = new IsolateCache<string>({ maxBytes: 20 });
    for (let i = 0; i < 10; i++) cache.set('a', `A${i}`, 10);
    cache.set('b', 'B', 10);
    expect([cache.get('a'), cache.get('b')]).toEqual(['A9', 'B']);
  });
});
