// The difference of the published facts between two sides, for every pair of states, with the curation conflicts.
import { FACT_KINDS, type FactKind } from '../schema/index.ts';
import { type CurationConflict, newDisputes, rerankConflicts } from './curation-conflicts.ts';
import { type DataSnapshot, pairRecord } from './data-snapshot.ts';
import { type ChangeCounts, diffPair, type PairDiff } from './pair-diff.ts';

/** The totals of a diff. */
export interface DiffTotals extends ChangeCounts {
  /** Pairs of states compared (every pair of the states on either side). */
  pairs: number;
  /** Pairs with at least one change. */
  pairsChanged: number;
  /** Pairs that have a record now and had none (the API answered 404). */
  pairsAdded: number;
  /** Pairs that had a record and have none now. */
  pairsRemoved: number;
  byKind: Record<FactKind, ChangeCounts & { pairs: number }>;
}

/** Everything data:diff reports. */
export interface DataDiff {
  totals: DiffTotals;
  /** Changed pairs, by id. */
  pairs: PairDiff[];
  /** Re-ranks that match nothing now, and disputes the base did not have. */
  conflicts: CurationConflict[];
  /** What data:build would report on the new side. */
  problems: string[];
}

/** Options of diffSnapshots. */
export interface DiffSnapshotsOptions {
  /** Called now and then with the pairs compared so far. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Compares every pair of states. A pair without an article on either side whose two states' reference facts
 * are unchanged composes the same record on both, so it is skipped without being composed.
 */
export function diffSnapshots(base: DataSnapshot, head: DataSnapshot, options: DiffSnapshotsOptions = {}): DataDiff {
  const codes = [...new Set([...base.documents.keys(), ...head.documents.keys()])].sort();
  const changedCodes = new Set(codes.filter((code) => base.fingerprints.get(code) !== head.fingerprints.get(code)));
  const total = (codes.length * (codes.length - 1)) / 2;
  const byKind = Object.fromEntries(
    FACT_KINDS.map((kind) => [kind, { pairs: 0, added: 0, removed: 0, changed: 0 }]),
  ) as DiffTotals['byKind'];
  const totals: DiffTotals = {
    pairs: total,
    pairsChanged: 0,
    pairsAdded: 0,
    pairsRemoved: 0,
    added: 0,
    removed: 0,
    changed: 0,
    byKind,
  };
  const pairs: PairDiff[] = [];
  const disputes: CurationConflict[] = [];
  let done = 0;
  for (let i = 0; i < codes.length; i++) {
    const a = codes[i] as string;
    for (let j = i + 1; j < codes.length; j++) {
      const b = codes[j] as string;
      if (++done % 1000 === 0) options.onProgress?.(done, total);
      const id = `${a}-${b}`;
      const article = base.articles.has(id) || head.articles.has(id);
      if (!article && !changedCodes.has(a) && !changedCodes.has(b)) continue;
      const before = pairRecord(base, id, a, b);
      const after = pairRecord(head, id, a, b);
      disputes.push(...newDisputes(before, after));
      const diff = diffPair(id, before, after, article);
      if (!diff) continue;
      pairs.push(diff);
      totals.pairsChanged++;
      if (diff.status === 'added') totals.pairsAdded++;
      if (diff.status === 'removed') totals.pairsRemoved++;
      for (const change of diff.kinds) {
        const counts = byKind[change.kind];
        counts.pairs++;
        counts.added += change.added.length;
        counts.removed += change.removed.length;
        counts.changed += change.changed.length;
      }
      totals.added += diff.counts.added;
      totals.removed += diff.counts.removed;
      totals.changed += diff.counts.changed;
    }
  }
  options.onProgress?.(total, total);
  const reranks = [...head.unmatchedReranks]
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .flatMap(([pair, misses]) => rerankConflicts(pair, misses));
  return { totals, pairs, conflicts: [...reranks, ...disputes], problems: head.problems };
}
