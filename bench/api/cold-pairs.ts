// The pairs the cold-pair scenario cycles through: every reference-only pair with a record, in a fixed shuffle.
import { readFileSync } from 'node:fs';
import type { CountryRelationsIndex } from '../../data/schema/country-index.ts';

/** A small seeded generator (mulberry32), so every run cycles through the pairs in the same order. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The paths of every pair whose record the worker joins from the two states' documents (a record, no article),
 * from the `country-relations:` lists of the KV upload, less `exclude` (pair ids), shuffled so that consecutive
 * requests name different states.
 */
export function coldPairPaths(uploadFile: string, exclude: readonly string[] = []): string[] {
  const entries = JSON.parse(readFileSync(uploadFile, 'utf8')) as { key: string; value: string }[];
  const ids = new Set<string>();
  for (const { key, value } of entries) {
    if (!key.startsWith('country-relations:')) continue;
    const list = JSON.parse(value) as CountryRelationsIndex;
    for (const partner of list.partners) if (!partner.article && !exclude.includes(partner.id)) ids.add(partner.id);
  }
  const paths = [...ids].sort().map((id) => `/v1/relations/${id.slice(0, 2)}/${id.slice(3)}`);
  const next = random(9);
  for (let i = paths.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [paths[i], paths[j]] = [paths[j] as string, paths[i] as string];
  }
  return paths;
}
