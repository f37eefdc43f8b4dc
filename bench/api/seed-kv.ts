// Fills a running worker's RELATIONS namespace with the KV upload that `npm run build` writes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Miniflare } from 'miniflare';
import { root } from '../bench-env.ts';

/** The KV upload: what `wrangler kv bulk put` would send. */
export const KV_UPLOAD = join(root, 'dist', 'kv', 'relations.json');

/** Puts every entry of dist/kv/relations.json into `RELATIONS`; returns how many. */
export async function seedKv(miniflare: Miniflare): Promise<number> {
  const entries = JSON.parse(readFileSync(KV_UPLOAD, 'utf8')) as { key: string; value: string }[];
  const kv = await miniflare.getKVNamespace('RELATIONS');
  for (const { key, value } of entries) await kv.put(key, value);
  return entries.length;
}
