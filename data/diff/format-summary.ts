// data:diff's report in the terminal: totals, the conflicts, then each changed pair with a few of its changes.
import { FACT_KINDS } from '../schema/index.ts';
import { changeLines, countsText, shortValue } from './change-lines.ts';
import type { DataDiff } from './diff-snapshots.ts';

/** Options of formatSummary. */
export interface FormatSummaryOptions {
  /** How the two sides are named: 'HEAD (f13f117) → working tree'. */
  sides: string;
  ms: number;
  /** Pairs listed before "…N more pairs". @default 100 */
  maxPairs?: number;
  /** Lines per pair before "…N more". @default 12 */
  maxLines?: number;
}

const n = (x: number) => x.toLocaleString('en-US');

/** The lines data:diff prints. */
export function formatSummary(diff: DataDiff, options: FormatSummaryOptions): string[] {
  const { totals } = diff;
  const maxPairs = options.maxPairs ?? 100;
  const maxLines = options.maxLines ?? 12;
  const lines = [
    `data:diff ${options.sides}: ${n(totals.pairs)} pairs compared in ${(options.ms / 1000).toFixed(1)} s`,
    `  facts ${countsText(totals)} in ${n(totals.pairsChanged)} pairs` +
      ` (${n(totals.pairsAdded)} pairs with a record now and none before, ${n(totals.pairsRemoved)} the reverse)`,
  ];
  for (const kind of FACT_KINDS) {
    const k = totals.byKind[kind];
    if (k.pairs) lines.push(`  ${kind.padEnd(12)} ${countsText(k)} in ${n(k.pairs)} pairs`);
  }
  lines.push(`  curation conflicts: ${diff.conflicts.length}`);
  for (const conflict of diff.conflicts) lines.push(`    ! ${conflict.pair} ${conflict.message}`);
  for (const problem of diff.problems) lines.push(`  problem (data:build would fail): ${problem}`);
  for (const pair of diff.pairs.slice(0, maxPairs)) {
    const status = pair.status === 'changed' ? '' : pair.status === 'added' ? ' (new record)' : ' (record gone)';
    lines.push(`${pair.id} ${pair.title}${status}: ${countsText(pair.counts)}`);
    const changes = changeLines(pair);
    for (const change of changes.slice(0, maxLines)) {
      const fields = change.fields.map((f) => `${f.field}: ${shortValue(f.before, 40)} → ${shortValue(f.after, 40)}`);
      lines.push(`  ${change.sign} ${change.kind}: ${change.label}${fields.length ? ` — ${fields.join('; ')}` : ''}`);
    }
    if (changes.length > maxLines) lines.push(`  …and ${n(changes.length - maxLines)} more`);
  }
  if (diff.pairs.length > maxPairs) lines.push(`…and ${n(diff.pairs.length - maxPairs)} more pairs (see --json)`);
  return lines;
}
