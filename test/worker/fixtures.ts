// Shared test data: the committed AL-DK record, stand-in KV bindings, and a reader for problem bodies.
import { env, exports } from 'cloudflare:workers';
import { expect } from 'vitest';
import alDk from '../../data/relations/AL-DK.json' with { type: 'json' };
import { INDEX_KEY, RelationsRecord, recordKey } from '../../data/schema/index.ts';
import type { Env } from '../../worker/env.ts';
import { type RecordStoreOptions, recordStoreFor } from '../../worker/record-store.ts';

/** The real AL-DK record, as data/ publishes it. */
export const AL_DK: RelationsRecord = RelationsRecord.parse(alDk);

/** A minimal valid record for another pair. */
export function minimalRecord(a: string, b: string): RelationsRecord {
  const [x, y] = [a, b].sort() as [string, string];
  return {
    schemaVersion: 1,
    id: `${x}-${y}`,
    countries: [x, y],
    title: `${x}–${y} relations`,
    events: [],
    missions: [],
    memberships: [],
    agreements: [],
    visits: [],
    assistance: [],
    diaspora: [],
    borders: [],
    seeAlso: [],
    sources: [{ id: 'test', title: 'A test source' }],
  };
}

/** A request to the worker under test, on an origin other than the configured public one. */
export const get = (path: string, init?: RequestInit): Promise<Response> =>
  exports.default.fetch(new Request(`https://example.com${path}`, init));

/** Puts records and their index into the test's KV namespace. */
export async function seed(kv: KVNamespace, ...records: RelationsRecord[]): Promise<void> {
  for (const record of records) await kv.put(recordKey(record.id), JSON.stringify(record));
  const pairs = records.map(({ id, countries, title }) => ({ id, countries, title }));
  await kv.put(INDEX_KEY, JSON.stringify({ schemaVersion: 1, pairs }));
}

/** A KV binding whose `get` is the given function (the rest is never called by the worker). */
export function fakeKv(get: (key: string) => Promise<string | null>): KVNamespace {
  return { get: (key: string) => get(key) } as unknown as KVNamespace;
}

/**
 * The worker's bindings with RELATIONS replaced. The binding's store is made here with `options` and no
 * Cache API tier, so fakes never share cached values through `caches.default`.
 */
export function envWith(kv: KVNamespace, options: RecordStoreOptions = {}): Env {
  recordStoreFor(kv, options);
  return { RELATIONS: kv, PUBLIC_ORIGIN: env.PUBLIC_ORIGIN };
}

/** The `type` URI of a problem, on the public origin wrangler.toml configures. */
export const problemType = (slug: string): string => `${env.PUBLIC_ORIGIN}/problems/${slug}`;

/** Asserts a response is RFC 9457 problem details with the given status, and returns the body. */
export async function expectProblem(res: Response, status: number): Promise<Record<string, unknown>> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ status, title: expect.any(String), type: expect.any(String) });
  expect(JSON.stringify(body)).not.toMatch(/\bat .+:\d+:\d+|Error:/);
  return body;
}

/** The Server-Timing header as a map of metric name to its parameters. */
export function serverTiming(res: Response): Map<string, string> {
  const metrics = new Map<string, string>();
  for (const part of (res.headers.get('server-timing') ?? '').split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (name) metrics.set(name, params.join(';'));
  }
  return metrics;
}
