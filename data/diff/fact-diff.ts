// Which facts of one kind were added, removed or changed, matched by fact identity so a reordered list is no change.
import { FACT_IDENTITY, type FactIdentity } from '../facts/fact-identity.ts';
import type { FactKind } from '../schema/index.ts';
import { canonical } from './canonical.ts';
import { type FieldChange, fieldChanges } from './field-changes.ts';

/** A fact as the diff handles it. */
export type Fact = Record<string, unknown>;

/** A fact that is the same claim on both sides, with different content. */
export interface ChangedFact {
  before: Fact;
  after: Fact;
  fields: FieldChange[];
}

/** The difference of one kind of facts of one pair. */
export interface FactsDiff {
  added: Fact[];
  removed: Fact[];
  changed: ChangedFact[];
}

/** Adds `entry` to the list of `key` in `map`. */
function group(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

interface Entry {
  fact: Fact;
  text: string;
  matched: boolean;
}

/**
 * Compares two lists of facts of `kind`. Identical facts pair first, wherever they are; then facts that fact
 * identity calls the same claim (same key, `same`) pair as changed; the rest are added or removed. Linear: facts
 * are compared only within their identity key.
 */
export function diffFacts(kind: FactKind, before: readonly Fact[], after: readonly Fact[]): FactsDiff {
  const identity = FACT_IDENTITY[kind] as unknown as FactIdentity<Fact>;
  const entries = (facts: readonly Fact[]) =>
    facts.map((fact): Entry => ({ fact, text: canonical(fact), matched: false }));
  const old = entries(before);
  const now = entries(after);

  const byText = new Map<string, Entry[]>();
  for (const entry of old) group(byText, entry.text, entry);
  for (const entry of now) {
    const twin = byText.get(entry.text)?.find((e) => !e.matched);
    if (twin) twin.matched = entry.matched = true;
  }

  const byKey = new Map<string, Entry[]>();
  for (const entry of old) {
    if (!entry.matched) group(byKey, identity.key(entry.fact), entry);
  }
  const changed: ChangedFact[] = [];
  const added: Fact[] = [];
  for (const entry of now) {
    if (entry.matched) continue;
    const same = byKey.get(identity.key(entry.fact))?.find((e) => !e.matched && identity.same(e.fact, entry.fact));
    if (same) {
      same.matched = entry.matched = true;
      changed.push({ before: same.fact, after: entry.fact, fields: fieldChanges(same.fact, entry.fact) });
    } else added.push(entry.fact);
  }
  return { added, removed: old.filter((e) => !e.matched).map((e) => e.fact), changed };
}
