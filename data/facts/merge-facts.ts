// Folds facts that are the same claim into one, with every provenance: linear in the number of facts.
import type { Provenance, Rank } from '../schema/index.ts';
import { preciser } from './dates-agree.ts';
import type { FactIdentity } from './fact-identity.ts';

type Fact = { provenance: Provenance[]; rank?: Rank; note?: string };

const RANK_WEIGHT = { preferred: 2, deprecated: 1, normal: 0 } as const;
const weight = (fact: Fact) => RANK_WEIGHT[fact.rank ?? 'normal'];

const provenanceKey = (p: Provenance) => `${p.source}|${p.item ?? ''}|${p.span?.[0] ?? ''}-${p.span?.[1] ?? ''}`;

/**
 * The fields of one claim told twice: fields either gives, the more precise date, both sides' standings, and the
 * stronger rank with its note (a curator's `preferred` or `deprecated` outweighs the default). Provenance is
 * the caller's. Pure.
 */
function combineClaims<T extends Fact>(kept: T, next: T): T {
  const merged: Record<string, unknown> = { ...next, ...kept };
  const a = kept as Record<string, unknown>;
  const b = next as Record<string, unknown>;
  for (const field of ['date', 'opened']) {
    if (a[field] !== undefined || b[field] !== undefined)
      merged[field] = preciser(a[field] as string | undefined, b[field] as string | undefined);
  }
  if (a.statuses && b.statuses) merged.statuses = { ...(b.statuses as object), ...(a.statuses as object) };
  const stronger = weight(next) > weight(kept) ? next : kept;
  delete merged.rank;
  delete merged.note;
  if (stronger.rank !== undefined) merged.rank = stronger.rank;
  const note = stronger.note ?? kept.note ?? next.note;
  if (note !== undefined) merged.note = note;
  return merged as T;
}

interface Slot<T> {
  fact: T;
  provenance: Provenance[];
  seen: Set<string>;
}

/**
 * Facts with each claim once: facts that `identity` finds the same are combined, their provenances joined (each
 * once). Order is that of each claim's first statement. Pure, and linear: a key's facts are compared only with
 * the few distinct claims already under that key.
 */
export function mergeSameFacts<T extends Fact>(facts: readonly T[], identity: FactIdentity<T>): T[] {
  const byKey = new Map<string, Slot<T>[]>();
  const slots: Slot<T>[] = [];
  for (const fact of facts) {
    const key = identity.key(fact);
    let bucket = byKey.get(key);
    if (bucket === undefined) {
      bucket = [];
      byKey.set(key, bucket);
    }
    const slot = bucket.find((s) => identity.same(s.fact, fact));
    if (slot === undefined) {
      const fresh: Slot<T> = { fact, provenance: [], seen: new Set() };
      addProvenance(fresh, fact.provenance);
      bucket.push(fresh);
      slots.push(fresh);
      continue;
    }
    slot.fact = combineClaims(slot.fact, fact);
    addProvenance(slot, fact.provenance);
  }
  return slots.map((s) => {
    const { provenance, ...fields } = s.fact;
    return { ...fields, provenance: s.provenance } as T;
  });
}

function addProvenance<T>(slot: Slot<T>, provenance: readonly Provenance[]): void {
  for (const p of provenance) {
    const key = provenanceKey(p);
    if (slot.seen.has(key)) continue;
    slot.seen.add(key);
    slot.provenance.push(p);
  }
}
