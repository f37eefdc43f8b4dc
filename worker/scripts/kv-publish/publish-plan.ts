// Which keys a publish puts and deletes, and in which bulk calls. Pure: tested without wrangler or a namespace.
import { bulkFile, type KvEntry } from '../../../data/publish/kv-entries.ts';
import { PUBLISH_MANIFEST_KEY } from '../../../data/schema/kv-keys.ts';
import { contentHash } from './publish-manifest.ts';

/** Cloudflare's bulk write and delete take at most 10,000 keys per request. */
export const MAX_KEYS_PER_CALL = 10_000;
/** A bulk request must stay under 100 MB; a file under it keeps every request wrangler cuts from it under it too. */
export const MAX_BYTES_PER_CALL = 100_000_000;
const MAX_KEY_BYTES = 512;
const MAX_VALUE_BYTES = 25 * 1024 * 1024;

/** Options of planPublish. */
export interface PlanOptions {
  /** Keys per bulk call. @default 10000 */
  maxKeysPerCall?: number;
  /** Bytes per bulk put file, as `bulkFile` writes it. @default 100000000 */
  maxBytesPerCall?: number;
}

/**
 * What the namespace holds now: each key with the hash of its value from the last manifest, or null where the key
 * is only known to exist (listed, because no manifest was found).
 */
export type Published = ReadonlyMap<string, string | null>;

/** Which keys a publish touches, and the bytes of their values (a deleted key's size is not known). */
export interface PlanKeys {
  added: string[];
  changed: string[];
  unknown: string[];
  deleted: string[];
  bytes: { added: number; changed: number; unknown: number; unchanged: number };
}

/** The calls a publish makes, and the counts its progress prints. */
export interface PublishPlan {
  /** `wrangler kv bulk put` files, in the upload's order (records before the documents that point at them). */
  puts: KvEntry[][];
  /** `wrangler kv bulk delete` files: keys published before and gone from the upload, sorted. */
  deletes: string[][];
  /** Keys the namespace does not have. */
  added: number;
  /** Keys whose value changed. */
  changed: number;
  /** Keys the namespace has, with a value the manifest does not vouch for: sent again. */
  unknown: number;
  unchanged: number;
  deleted: number;
  /** Bytes of the put files. */
  putBytes: number;
  /** Every key of the upload with its hash: the manifest to write once all calls succeeded. */
  hashes: Record<string, string>;
  /** The keys behind the counts, in the upload's order (deleted ones sorted): what a dry run lists. */
  keys: PlanKeys;
}

/**
 * Cuts `items` into consecutive groups of at most `maxKeys` items and, by `bulkFile`'s measure, `maxBytes`
 * (an item larger than `maxBytes` alone goes in a group of its own).
 */
export function chunkItems<T>(items: readonly T[], maxKeys: number, maxBytes = Number.POSITIVE_INFINITY): T[][] {
  if (!(maxKeys >= 1)) throw new RangeError(`maxKeys must be at least 1 (got ${maxKeys})`);
  const chunks: T[][] = [];
  let current: T[] = [];
  let bytes = 3; // "[\n" and "\n]\n" less one separator
  for (const item of items) {
    const size = Buffer.byteLength(JSON.stringify(item)) + 2;
    if (current.length > 0 && (current.length >= maxKeys || bytes + size > maxBytes)) {
      chunks.push(current);
      current = [];
      bytes = 3;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Why an upload cannot be published as it is: every problem, not the first. */
export function uploadProblems(entries: readonly KvEntry[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [i, entry] of entries.entries()) {
    const { key, value } = entry;
    if (typeof key !== 'string' || typeof value !== 'string') {
      problems.push(`entry ${i}: needs a string key and a string value`);
      continue;
    }
    if (key === PUBLISH_MANIFEST_KEY) problems.push(`entry ${i}: "${key}" is reserved for the publish manifest`);
    if (seen.has(key)) problems.push(`entry ${i}: "${key}" appears twice`);
    if (key === '' || key === '.' || key === '..') problems.push(`entry ${i}: "${key}" is not a valid KV key`);
    if (Buffer.byteLength(key) > MAX_KEY_BYTES) problems.push(`entry ${i}: key longer than ${MAX_KEY_BYTES} bytes`);
    if (Buffer.byteLength(value) > MAX_VALUE_BYTES) problems.push(`entry ${i}: "${key}" is over 25 MiB`);
    seen.add(key);
  }
  return problems;
}

/**
 * The calls that bring the namespace from `published` to `entries`: puts of the new and changed keys, deletes of
 * the keys that disappeared. Throws, listing every problem, when the upload breaks a KV rule.
 */
export function planPublish(entries: readonly KvEntry[], published: Published, options: PlanOptions = {}): PublishPlan {
  const problems = uploadProblems(entries);
  if (problems.length) throw new Error(`the upload cannot be published:\n  ${problems.join('\n  ')}`);
  const maxKeys = options.maxKeysPerCall ?? MAX_KEYS_PER_CALL;
  const maxBytes = options.maxBytesPerCall ?? MAX_BYTES_PER_CALL;

  const hashes = new Map<string, string>();
  const toPut: KvEntry[] = [];
  const keys: PlanKeys = {
    added: [],
    changed: [],
    unknown: [],
    deleted: [],
    bytes: { added: 0, changed: 0, unknown: 0, unchanged: 0 },
  };
  for (const { key, value } of entries) {
    const hash = contentHash(value);
    hashes.set(key, hash);
    const before = published.get(key);
    const kind =
      before === hash ? 'unchanged' : before === undefined ? 'added' : before === null ? 'unknown' : 'changed';
    keys.bytes[kind] += Buffer.byteLength(value);
    if (kind === 'unchanged') continue;
    keys[kind].push(key);
    toPut.push({ key, value });
  }
  const gone = [...published.keys()].filter((key) => !hashes.has(key) && key !== PUBLISH_MANIFEST_KEY).sort();
  keys.deleted = gone;
  const puts = chunkItems(toPut, maxKeys, maxBytes);
  return {
    puts,
    deletes: chunkItems(gone, maxKeys),
    added: keys.added.length,
    changed: keys.changed.length,
    unknown: keys.unknown.length,
    unchanged: entries.length - toPut.length,
    deleted: gone.length,
    putBytes: puts.reduce((sum, chunk) => sum + Buffer.byteLength(bulkFile(chunk)), 0),
    hashes: Object.fromEntries(hashes),
    keys,
  };
}
