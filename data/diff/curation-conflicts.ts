// Curation that the new data argues with: re-ranks that no longer match, and curated claims that an article's or a
// dataset's claim now disputes with no curator's word on it. A reviewer settles each before the data is published.
import { FACT_IDENTITY, type FactIdentity } from '../facts/fact-identity.ts';
import { rerankMiss } from '../publish/read-article-records.ts';
import { FACT_KINDS, type FactKind, type RelationsRecord } from '../schema/index.ts';
import type { Fact } from './fact-diff.ts';
import { factLabel } from './fact-label.ts';

/** One conflict a reviewer must settle. */
export interface CurationConflict {
  pair: string;
  type: 'unmatched-rerank' | 'dispute';
  kind?: FactKind;
  /** What to tell the reviewer, in one line. */
  message: string;
  /** Equal on both sides for the same conflict: what tells a new conflict from one the base already had. */
  key: string;
}

type Provenanced = Fact & { provenance?: { source: string; method: string }[]; note?: string };

const curated = (fact: Provenanced) => (fact.provenance ?? []).some((p) => p.method === 'curated');
const sourcesOf = (fact: Provenanced) => [...new Set((fact.provenance ?? []).map((p) => p.source))].sort().join(', ');

/**
 * The unsettled disputes of a published record: a claim with curated provenance and a claim without any, about
 * the same subject, both shown, where no curator ranked or annotated the second (a re-rank gives a note). A claim
 * a curator ranked deprecated sits in `disputed` and is settled.
 */
export function curationDisputes(record: RelationsRecord): CurationConflict[] {
  const conflicts: CurationConflict[] = [];
  for (const kind of FACT_KINDS) {
    const facts = (record[kind] as Provenanced[]).filter((f) => f.rank !== 'deprecated');
    if (!facts.some(curated)) continue;
    const identity = FACT_IDENTITY[kind] as unknown as FactIdentity<Fact>;
    const bySubject = new Map<string, Provenanced[]>();
    for (const fact of facts) {
      const subject = identity.subject(fact);
      const shown = bySubject.get(subject);
      if (shown) shown.push(fact);
      else bySubject.set(subject, [fact]);
    }
    // Curated claims are few, so pairing each with its rivals stays near linear in the facts.
    for (const shown of bySubject.values()) {
      const rivals = shown.filter((f) => !curated(f) && f.note === undefined);
      for (const mine of shown.filter(curated)) {
        for (const theirs of rivals) {
          conflicts.push({
            pair: record.id,
            type: 'dispute',
            kind,
            message:
              `${kind}: curated "${factLabel(kind, mine)}" is now shown beside ${sourcesOf(theirs)}'s ` +
              `"${factLabel(kind, theirs)}"`,
            key: `${record.id}|${kind}|${identity.key(mine)}|${identity.key(theirs)}|${sourcesOf(theirs)}`,
          });
        }
      }
    }
  }
  return conflicts;
}

/** The disputes of `after` that `before` did not have. */
export function newDisputes(
  before: RelationsRecord | undefined,
  after: RelationsRecord | undefined,
): CurationConflict[] {
  if (!after) return [];
  const had = new Set(before ? curationDisputes(before).map((c) => c.key) : []);
  return curationDisputes(after).filter((c) => !had.has(c.key));
}

/** The re-ranks of a pair's curation that match nothing on the new side, as conflicts. */
export function rerankConflicts(pair: string, misses: readonly string[]): CurationConflict[] {
  return misses.map((miss) => ({
    pair,
    type: 'unmatched-rerank',
    message: rerankMiss(pair, miss),
    key: `${pair}|rerank|${miss}`,
  }));
}
