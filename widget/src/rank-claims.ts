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
 * Groups facts by what they are about (`keyOf`), drops deprecated claims, and marks the preferred claim of a
 * group that holds deprecated ones. Groups keep the order of their first fact.
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
    const kept = group.filter((f) => f.rank !== 'deprecated');
    const preferred = kept.some((f) => f.rank === 'preferred');
    for (const fact of kept) {
      const marked = rejected.length > 0 && (preferred ? fact.rank === 'preferred' : true);
      claims.push({ fact, rejected: marked ? rejected : [] });
    }
  }
  return claims;
}

/** Orders EDTF dates oldest first; a year sorts before the months of that year. */
export function compareDates(a = '', b = ''): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
