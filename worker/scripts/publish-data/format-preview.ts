// The dry run's report: counts and bytes per kind of change, then the keys themselves, a few of each kind.

import type { PublishPreview } from '../kv-publish/preview-publish.ts';
import { formatBytes } from '../kv-publish/publish-kv.ts';

/** Options of formatPreview. */
export interface FormatPreviewOptions {
  /** Keys listed per group before "…and N more". @default 50 */
  limit?: number;
  /** How the upload is named in the first line. @default 'dist/kv/relations.json' */
  file?: string;
}

const count = (n: number) => n.toLocaleString('en-US');
const keys = (n: number) => `${count(n)} ${n === 1 ? 'key' : 'keys'}`;

/** The lines `publish:data --dry-run` prints for `preview`. */
export function formatPreview(preview: PublishPreview, options: FormatPreviewOptions = {}): string[] {
  const limit = options.limit ?? 50;
  const { plan, target } = preview;
  const where = `the ${target.remote ? 'remote' : 'local'} ${target.binding ?? 'RELATIONS'} namespace`;
  const against =
    preview.manifestDate === undefined
      ? 'no publish manifest there, so every listed key counts as unverified and is sent again'
      : `last published ${preview.manifestDate}`;
  const { bytes } = plan.keys;
  const rows: [string, number, number | undefined][] = [
    ['added', plan.added, bytes.added],
    ['changed', plan.changed, bytes.changed],
    ['unverified', plan.unknown, bytes.unknown],
    ['deleted', plan.deleted, undefined],
    ['unchanged', plan.unchanged, bytes.unchanged],
  ];
  const width = Math.max(...rows.map(([, n]) => count(n).length));
  const lines = [
    `publish:data --dry-run: ${options.file ?? 'dist/kv/relations.json'} (${keys(preview.entries)}) against ${where}; ${against}`,
    ...rows.map(
      ([label, n, size]) =>
        `  ${label.padEnd(10)} ${count(n).padStart(width)} ${n === 1 ? 'key' : 'keys'}` +
        (size === undefined ? '' : `${n === 1 ? ' ' : ''}  ${formatBytes(size).padStart(9)}`),
    ),
  ];
  const sent = plan.added + plan.changed + plan.unknown;
  const actions = [
    sent && `send ${keys(sent)} (${formatBytes(plan.putBytes)}) in ${plan.puts.length} bulk put(s)`,
    plan.deleted && `delete ${keys(plan.deleted)} in ${plan.deletes.length} bulk delete(s)`,
  ].filter(Boolean);
  lines.push(
    actions.length
      ? `would ${actions.join(' and ')}; nothing was written (--dry-run)`
      : 'nothing would change; nothing was written (--dry-run)',
  );
  const groups: [string, string[]][] = [
    ['added', plan.keys.added],
    ['changed', plan.keys.changed],
    ['unverified', plan.keys.unknown],
    ['deleted', plan.keys.deleted],
  ];
  for (const [label, list] of groups) {
    if (list.length === 0) continue;
    lines.push(`${label} (${count(list.length)}):`);
    for (const key of list.slice(0, limit)) lines.push(`  ${key}`);
    if (list.length > limit) lines.push(`  …and ${count(list.length - limit)} more`);
  }
  return lines;
}
