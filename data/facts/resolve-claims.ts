// Settles which claims a record shows: the same claim told twice becomes one, and a claim a curator deprecated is
// kept beside the claim it disputes rather than shown.
import { FACT_KINDS, type FactKind, type Provenance, type Rank, type RelationsRecord } from '../schema/index.ts';
import { FACT_IDENTITY, type FactIdentity } from './fact-identity.ts';
import { mergeSameFacts } from './merge-facts.ts';

type Ranked = { provenance: Provenance[]; rank?: Rank; disputed?: unknown[] };

/**
 * The claims to show for facts of one kind, in the order of their first statement: same claims merged, and each
 * deprecated claim moved into `disputed` of the claims it competes with (the subject's preferred claims, else all
 * its shown ones). A deprecated claim that competes with nothing stays, ranked deprecated, so nothing is lost.
 */
export function resolveClaims<T extends Ranked>(facts: readonly T[], identity: FactIdentity<T>): T[] {
  const merged = mergeSameFacts(
    facts.map(({ disputed, ...fact }) => fact as T),
    identity,
  );
  const shownBySubject = new Map<string, T[]>();
  for (const fact of merged) {
    if (fact.rank === 'deprecated') continue;
    const subject = identity.subject(fact);
    const shown = shownBySubject.get(subject);
    if (shown) shown.push(fact);
    else shownBySubject.set(subject, [fact]);
  }
  const disputes = new Map<T, T[]>();
  const orphans = new Set<T>();
  for (const fact of merged) {
    if (fact.rank !== 'deprecated') continue;
    const rivals = shownBySubject.get(identity.subject(fact)) ?? [];
    const preferred = rivals.filter((r) => r.rank === 'preferred');
    const targets = preferred.length ? preferred : rivals;
    if (!targets.length) orphans.add(fact);
    for (const target of targets) {
      const disputed = disputes.get(target);
      if (disputed) disputed.push(fact);
      else disputes.set(target, [fact]);
    }
  }
  return merged
    .filter((fact) => fact.rank !== 'deprecated' || orphans.has(fact))
    .map((fact) => {
      const disputed = disputes.get(fact);
      return disputed ? { ...fact, disputed } : fact;
    });
}

/** The record with every kind of fact resolved (see `resolveClaims`). Pure. */
export function resolveRecord(record: RelationsRecord): RelationsRecord {
  const resolved = { ...record };
  for (const kind of FACT_KINDS) {
    (resolved as Record<FactKind, unknown>)[kind] = resolveClaims(
      record[kind] as never[],
      FACT_IDENTITY[kind] as FactIdentity<never>,
    );
  }
  return resolved;
}
