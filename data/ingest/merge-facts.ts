// Keeps one fact per thing told: the same visit told twice becomes one fact with two provenances.
import type { Provenance } from '../schema/index.ts';

type WithProvenance = { provenance: Provenance[] };

/** Adds `more`'s provenance to `fact`, skipping a span it already has. */
export function addProvenance<T extends WithProvenance>(fact: T, more: Provenance[]): T {
  const provenance = [...fact.provenance];
  for (const p of more) {
    if (!provenance.some((q) => q.source === p.source && q.span?.[0] === p.span?.[0] && q.span?.[1] === p.span?.[1]))
      provenance.push(p);
  }
  return { ...fact, provenance };
}

/**
 * Facts with duplicates folded together. `key` says which facts are the same thing; `combine` joins two of them
 * (by default the first stays, with both provenances).
 */
export function mergeFacts<T extends WithProvenance>(
  facts: T[],
  key: (fact: T) => string,
  combine: (kept: T, next: T) => T = (kept) => kept,
): T[] {
  const byKey = new Map<string, T>();
  for (const fact of facts) {
    const k = key(fact);
    const kept = byKey.get(k);
    byKey.set(k, kept ? addProvenance(combine(kept, fact), fact.provenance) : fact);
  }
  return [...byKey.values()];
}
