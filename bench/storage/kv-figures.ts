// Sizes of a KV upload: keys, bytes, the largest value, per key family.
import type { KvEntry } from '../../data/publish/kv-entries.ts';

/** One family of keys (`country:`, `relations:`…). */
export type KeyFamily = { prefix: string; keys: number; bytes: number; largest: { key: string; bytes: number } };

/** What an upload weighs. Bytes are UTF-8 bytes of keys and values, as KV bills storage. */
export type UploadFigures = {
  keys: number;
  bytes: number;
  /** Bytes of the `wrangler kv bulk put` file. */
  fileBytes: number;
  largest: { key: string; bytes: number };
  families: KeyFamily[];
};

/** Measures `entries`; `fileBytes` is the size of their bulk file as data:build writes it. */
export function uploadFigures(entries: readonly KvEntry[]): UploadFigures {
  const families = new Map<string, KeyFamily>();
  let bytes = 0;
  let fileBytes = 4;
  let largest = { key: '', bytes: 0 };
  for (const { key, value } of entries) {
    const size = Buffer.byteLength(value);
    bytes += Buffer.byteLength(key) + size;
    fileBytes += Buffer.byteLength(JSON.stringify({ key, value })) + 2;
    const prefix = key.includes(':') ? `${key.slice(0, key.indexOf(':'))}:` : key;
    const family = families.get(prefix) ?? { prefix, keys: 0, bytes: 0, largest: { key: '', bytes: 0 } };
    family.keys++;
    family.bytes += size;
    if (size > family.largest.bytes) family.largest = { key, bytes: size };
    if (size > largest.bytes) largest = { key, bytes: size };
    families.set(prefix, family);
  }
  return { keys: entries.length, bytes, fileBytes, largest, families: [...families.values()] };
}
