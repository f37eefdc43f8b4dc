// Reads the claims a record shows: the API has already settled which claim stands and which are disputed.

/** The fields every fact shares that say whether it is shown. */
export interface Ranked {
  rank?: 'preferred' | 'normal' | 'deprecated' | undefined;
  note?: string | undefined;
  provenance: { source: string; method: 'rule' | 'curated' | 'dataset' }[];
}

/** A fact to show, and the claims about the same thing that disagree with it. */
export interface Claim<T> {
  fact: T;
  /** Claims about the same thing that were ranked lower; non-empty means sources disagree. */
  rejected: T[];
}

/**
 * The claims to show, in the record's order: each with the claims it disputes. A deprecated claim the record
 * keeps on its own (it disputes nothing shown) is not shown.
 */
export function shownClaims<T extends Ranked & { disputed?: T[] | undefined }>(facts: readonly T[]): Claim<T>[] {
  return facts.filter((f) => f.rank !== 'deprecated').map((fact) => ({ fact, rejected: fact.disputed ?? [] }));
}
