// Merges a curation file into an extracted record: curated claims join the article's, re-ranks apply, none is dropped.
import { isDeepStrictEqual } from 'node:util';
import { type Curation, FACT_KINDS, type RelationsRecord } from '../schema/index.ts';

const matches = (fact: Record<string, unknown>, match: Record<string, unknown>): boolean =>
  Object.entries(match).every(([key, value]) => isDeepStrictEqual(fact[key], value));

/** Re-ranks in `curation` that match no fact of `record` (a sign the article or the curation moved on). */
export function unmatchedReranks(record: RelationsRecord, curation: Curation): string[] {
  return curation.rerank
    .map((rerank, i) => ({ rerank, i }))
    .filter(({ rerank }) => !(record[rerank.kind] as Record<string, unknown>[]).some((f) => matches(f, rerank.match)))
    .map(({ rerank, i }) => `rerank.${i}: no ${rerank.kind} fact matches ${JSON.stringify(rerank.match)}`);
}

/**
 * The record with the curator's sources and claims added and re-ranks applied. Pure: `record` is not changed.
 * Conflicting claims stay side by side; their `rank` and `note` say which to show and why.
 */
export function mergeCuration(record: RelationsRecord, curation: Curation): RelationsRecord {
  const merged: RelationsRecord = structuredClone(record);
  for (const source of curation.sources) {
    if (!merged.sources.some((s) => s.id === source.id)) merged.sources.push(source);
  }
  for (const rerank of curation.rerank) {
    const facts = merged[rerank.kind] as Record<string, unknown>[];
    for (const fact of facts) {
      if (matches(fact, rerank.match)) Object.assign(fact, { rank: rerank.rank, note: rerank.note });
    }
  }
  for (const kind of FACT_KINDS) {
    const added = curation.add[kind];
    if (added) (merged[kind] as unknown[]).push(...structuredClone(added));
  }
  return merged;
}
