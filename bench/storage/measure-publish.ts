// Publishes an upload to a fresh local namespace the way `npm start` does, then again unchanged, then after an edit.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KvEntry } from '../../data/publish/kv-entries.ts';
import { bulkFile, type PublishStep, publishKv } from '../../worker/scripts/kv-publish/index.ts';

/** One publish, as measured. */
export type PublishRun = { ms: number; calls: number; put: number; deleted: number; steps: PublishStep[] };

/** The three publishes of one design. */
export type PublishRuns = { first: PublishRun; unchanged: PublishRun; edited: PublishRun };

/**
 * Publishes `entries` to an empty local namespace (wrangler's `--local`, in a temporary folder), then the same
 * again, then `edited`; progress goes to `log`.
 */
export function measurePublishes(
  entries: readonly KvEntry[],
  edited: readonly KvEntry[],
  log: (line: string) => void,
): PublishRuns {
  const dir = mkdtempSync(join(tmpdir(), 'relations-bench-publish-'));
  try {
    const run = (upload: readonly KvEntry[], name: string): PublishRun => {
      const file = join(dir, `${name}.json`);
      writeFileSync(file, bulkFile(upload));
      const { plan, calls, steps, ms } = publishKv({
        file,
        target: { remote: false, persistTo: join(dir, 'state') },
        log,
      });
      return {
        ms: Math.round(ms),
        calls,
        put: plan.puts.reduce((sum, chunk) => sum + chunk.length, 0),
        deleted: plan.deleted,
        steps: steps.map((step) => ({ ...step, ms: Math.round(step.ms) })),
      };
    };
    return { first: run(entries, 'first'), unchanged: run(entries, 'unchanged'), edited: run(edited, 'edited') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
