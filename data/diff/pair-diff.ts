// The difference of one pair's published record between two sides: per kind of fact, added, removed, changed.
import { FACT_KINDS, type FactKind, type RelationsRecord } from '../schema/index.ts';
import { type ChangedFact, diffFacts, type Fact } from './fact-diff.ts';

/** The changes of one kind of facts of a pair. */
export interface KindChanges {
  kind: FactKind;
  added: Fact[];
  removed: Fact[];
  changed: ChangedFact[];
}

/** Counts of facts added, removed and changed. */
export interface ChangeCounts {
  added: number;
  removed: number;
  changed: number;
}

/** What changed for one pair. */
export interface PairDiff {
  id: string;
  title: string;
  /** `added`: the API answers 404 at the base and a record now; `removed`: the reverse. */
  status: 'added' | 'removed' | 'changed';
  /** Whether an article record stands behind the pair on either side (else reference data alone). */
  article: boolean;
  kinds: KindChanges[];
  counts: ChangeCounts;
}

/** The pair's changes, or undefined when its facts are the same (in any order) on both sides. */
export function diffPair(
  id: string,
  before: RelationsRecord | undefined,
  after: RelationsRecord | undefined,
  article = false,
): PairDiff | undefined {
  if (!before && !after) return undefined;
  const kinds: KindChanges[] = [];
  const counts: ChangeCounts = { added: 0, removed: 0, changed: 0 };
  for (const kind of FACT_KINDS) {
    const diff = diffFacts(kind, (before?.[kind] ?? []) as Fact[], (after?.[kind] ?? []) as Fact[]);
    if (!diff.added.length && !diff.removed.length && !diff.changed.length) continue;
    kinds.push({ kind, ...diff });
    counts.added += diff.added.length;
    counts.removed += diff.removed.length;
    counts.changed += diff.changed.length;
  }
  if (!kinds.length && before && after) return undefined;
  const status = !before ? 'added' : !after ? 'removed' : 'changed';
  return { id, title: (after ?? before)?.title ?? id, status, article, kinds, counts };
}
