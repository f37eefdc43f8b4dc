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
  after: boolean;
  text: string;
  matched: boolean;
}

/**
 * Compares two lists of facts of `kind`. Identical facts pair first, wherever they are; then facts that fact
 * identity calls the same claim (same key, `same`) pair as changed, and so do the last claim of a subject on each
 * side; the rest are added or removed. Linear: facts are compared only within their identity key.
 */
export function diffFacts(kind: FactKind, before: readonly Fact[], after: readonly Fact[]): FactsDiff {
  const identity = FACT_IDENTITY[kind] as unknown as FactIdentity<Fact>;
  const entries = (facts: readonly Fact[], side: boolean) =>
    facts.map((fact): Entry => ({ fact, after: side, text: canonical(fact), matched: false }));
  const old = entries(before, false);
  const now = entries(after, true);

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
  const pair = (before: Entry, after: Entry) => {
    before.matched = after.matched = true;
    changed.push({ before: before.fact, after: after.fact, fields: fieldChanges(before.fact, after.fact) });
  };
  for (const entry of now) {
    if (entry.matched) continue;
    const same = byKey.get(identity.key(entry.fact))?.find((e) => !e.matched && identity.same(e.fact, entry.fact));
    if (same) pair(same, entry);
  }

  // A subject left with one claim on each side is that claim changed: a membership's new standing, a mission's
  // corrected date. Where several remain, which became which is a guess, so they stay added and removed.
  const bySubject = new Map<string, Entry[]>();
  for (const entry of [...old, ...now]) if (!entry.matched) group(bySubject, identity.subject(entry.fact), entry);
  for (const list of bySubject.values()) {
    const [first, second] = list;
    if (list.length === 2 && first && second && !first.after && second.after) pair(first, second);
  }
  return {
    added: now.filter((e) => !e.matched).map((e) => e.fact),
    removed: old.filter((e) => !e.matched).map((e) => e.fact),
    changed,
  };
}
