import { describe, expect, it, vi } from 'vitest';
import { IsolateCache } from '../../worker/isolate-cache.ts';
import { CorruptRecordError, RecordStore, StorageUnavailableError } from '../../worker/record-store.ts';
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
