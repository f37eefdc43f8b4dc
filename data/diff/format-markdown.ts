// data:diff's report as a pull-request body: totals table, conflicts, then a folded section per changed pair, cut
// to stay under GitHub's 65,536-character limit for a body.
import { FACT_KINDS } from '../schema/index.ts';
import { changeLines, countsText, shortValue } from './change-lines.ts';
import type { DataDiff } from './diff-snapshots.ts';
import { markdownCode, markdownText } from './markdown-text.ts';
import type { PairDiff } from './pair-diff.ts';

/** GitHub refuses a pull-request body over 65,536 characters. */
export const GITHUB_BODY_LIMIT = 65_536;

/** Options of formatMarkdown. */
export interface FormatMarkdownOptions {
  /** How the two sides are named, e.g. 'origin/main (f13f117) → this branch'. */
  sides: string;
  ms: number;
  /** UTF-8 bytes the body may take (never more characters than that). @default 60000, room for a workflow's footer */
  maxChars?: number;
  /** Changes listed per pair before "…and N more". @default 40 */
  maxLines?: number;
}

const n = (x: number) => x.toLocaleString('en-US');

function pairSection(pair: PairDiff, maxLines: number): string {
  const status = pair.status === 'changed' ? '' : pair.status === 'added' ? ' — new record' : ' — record gone';
  const lines = [
    `<details><summary><b>${pair.id}</b> ${markdownText(pair.title)}${status}: ${countsText(pair.counts)}</summary>`,
    '',
  ];
  const changes = changeLines(pair);
  for (const change of changes.slice(0, maxLines)) {
    const fields = change.fields.map(
      (f) => `${markdownCode(f.field)}: ${markdownCode(shortValue(f.before))} → ${markdownCode(shortValue(f.after))}`,
    );
    lines.push(
      `- ${change.sign === '+' ? '➕' : change.sign === '-' ? '➖' : '✏️'} ${change.kind}: ` +
        `${markdownText(change.label)}${fields.length ? ` — ${fields.join('; ')}` : ''}`,
    );
  }
  if (changes.length > maxLines) lines.push(`- …and ${n(changes.length - maxLines)} more`);
  lines.push('', '</details>', '');
  return lines.join('\n');
}

/**
 * The Markdown body. Pairs with a conflict come first, then article pairs, then the rest by id; sections stop
 * where the next would pass `maxChars`, with "…N more pairs" in their place.
 */
export function formatMarkdown(diff: DataDiff, options: FormatMarkdownOptions): string {
  const maxChars = Math.min(options.maxChars ?? 60_000, GITHUB_BODY_LIMIT);
  const maxLines = options.maxLines ?? 40;
  const { totals } = diff;
  const head = [
    '## What this refresh changes',
    '',
    `Compared ${markdownText(options.sides)}: ${n(totals.pairs)} pairs of states in ${(options.ms / 1000).toFixed(1)} s. ` +
      `${n(totals.pairsChanged)} pairs change (${n(totals.pairsAdded)} get a record, ${n(totals.pairsRemoved)} lose theirs).`,
    '',
    '| facts | pairs | added | removed | changed |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...FACT_KINDS.filter((kind) => totals.byKind[kind].pairs).map((kind) => {
      const k = totals.byKind[kind];
      return `| ${kind} | ${n(k.pairs)} | ${n(k.added)} | ${n(k.removed)} | ${n(k.changed)} |`;
    }),
    `| **all** | ${n(totals.pairsChanged)} | ${n(totals.added)} | ${n(totals.removed)} | ${n(totals.changed)} |`,
    '',
  ];
  if (diff.conflicts.length) {
    head.push(
      `### ⚠️ Curation conflicts (${n(diff.conflicts.length)})`,
      '',
      'Settle each in `data/curation/<pair>.json` before merging (see docs/data-refresh.md); the deploy refuses them.',
      '',
    );
    for (const c of diff.conflicts.slice(0, 100)) head.push(`- **${c.pair}** ${markdownText(c.message)}`);
    if (diff.conflicts.length > 100) head.push(`- …and ${n(diff.conflicts.length - 100)} more (see diff.json)`);
    head.push('');
  }
  if (diff.problems.length) {
    head.push(`### ❌ Problems data:build reports (${n(diff.problems.length)})`, '');
    for (const problem of diff.problems.slice(0, 50)) head.push(`- ${markdownText(problem)}`);
    if (diff.problems.length > 50) head.push(`- …and ${n(diff.problems.length - 50)} more`);
    head.push('');
  }
  head.push(`### Pairs (${n(diff.pairs.length)})`, '');
  if (!diff.pairs.length) head.push('No fact changes.', '');

  const flagged = new Set(diff.conflicts.map((c) => c.pair));
  const rank = (p: PairDiff) => (flagged.has(p.id) ? 0 : p.article ? 1 : 2);
  const ordered = [...diff.pairs].sort((x, y) => rank(x) - rank(y) || (x.id < y.id ? -1 : 1));
  let body = head.join('\n');
  let bytes = Buffer.byteLength(body);
  const footerRoom = 200;
  for (const [i, pair] of ordered.entries()) {
    const section = pairSection(pair, maxLines);
    const size = Buffer.byteLength(section) + 1;
    if (bytes + size + footerRoom > maxChars) {
      body += `\n…${n(ordered.length - i)} more pairs (the full list is in the run's diff.json artifact)\n`;
      break;
    }
    body += `\n${section}`;
    bytes += size;
  }
  return body;
}
