// Resolves conflicting claims: shows the preferred ones and keeps what the others said, to explain the mark.

/** The fields every fact shares that decide which claim is shown. */
export interface Ranked {
  rank?: 'preferred' | 'normal' | 'deprecated';
  note?: string;
  provenance: { source: string; method: 'rule' | 'curated' }[];
}

/** A fact to show, and the claims about the same thing that disagree with it. */
export interface Claim<T> {
  fact: T;
  /** Claims about the same thing that were ranked lower; non-empty means sources disagree. */
  rejected: T[];
}

/**
 * Groups facts by what they are about (`keyOf`) and keeps the preferred claims of each group, else its normal
 * ones; the deprecated claims of a group become the `rejected` of what is kept. Groups keep the order of their
 * first fact.
 */
export function rankClaims<T extends Ranked>(facts: readonly T[], keyOf: (fact: T) => string): Claim<T>[] {
  const groups = new Map<string, T[]>();
  for (const fact of facts) {
    const key = keyOf(fact);
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  const claims: Claim<T>[] = [];
  for (const group of groups.values()) {
    const rejected = group.filter((f) => f.rank === 'deprecated');
    const preferred = group.filter((f) => f.rank === 'preferred');
    // A preferred claim stands for its group: normal claims beside it agree (a year beside its day) and are not
    // repeated; deprecated ones contradict it and are kept to explain the mark.
    const kept = preferred.length ? preferred : group.filter((f) => f.rank !== 'deprecated');
    for (const fact of kept) claims.push({ fact, rejected });
  }
  return claims;
}

/** Orders EDTF dates oldest first; a year sorts before the months of that year. */
export function compareDates(a = '', b = ''): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
