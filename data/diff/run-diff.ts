// data:diff as a function of its arguments and repository, returning the exit code: tested on a scratch repository.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { treeFiles } from '../publish/data-files.ts';
import { readSnapshot } from './data-snapshot.ts';
import { DIFF_USAGE, type DiffOptions, diffOptions } from './diff-options.ts';
import { type DataDiff, diffSnapshots } from './diff-snapshots.ts';
import { formatMarkdown } from './format-markdown.ts';
import { formatSummary } from './format-summary.ts';
import { gitFiles, resolveCommit } from './git-files.ts';

/** Where data:diff runs and reports. */
export interface DiffContext {
  /** The repository's root folder; the working tree there is the new side. */
  root: string;
  /** @default console.log */
  log?: (line: string) => void;
  /** Errors and progress. @default console.error */
  error?: (line: string) => void;
}

/** Runs data:diff with `argv`: 0 compared, 1 failed, 2 bad options, 3 conflicts with --fail-on-conflicts. */
export function runDiff(argv: string[], context: DiffContext): number {
  const log = context.log ?? console.log;
  const error = context.error ?? console.error;
  let options: DiffOptions;
  try {
    options = diffOptions(argv);
  } catch (problem) {
    error(`data:diff: ${(problem as Error).message}\n\n${DIFF_USAGE}`);
    return 2;
  }
  if (options.help) {
    log(DIFF_USAGE);
    return 0;
  }
  const started = performance.now();
  let diff: DataDiff;
  let sides: string;
  try {
    const commit = resolveCommit(context.root, options.base);
    sides = `${options.base} (${commit.slice(0, 7)}) → working tree`;
    const base = readSnapshot(gitFiles(context.root, commit));
    const head = readSnapshot(treeFiles(context.root));
    let shown = performance.now();
    diff = diffSnapshots(base, head, {
      onProgress(done, total) {
        if (performance.now() - shown < 1000 || done === total) return;
        shown = performance.now();
        error(`data:diff: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} pairs compared…`);
      },
    });
  } catch (problem) {
    error(`data:diff: ${(problem as Error).message}`);
    return 1;
  }
  const ms = performance.now() - started;
  for (const line of formatSummary(diff, { sides, ms })) log(line);
  if (options.markdown) {
    writeFileSync(resolve(options.markdown), formatMarkdown(diff, { sides, ms }));
    log(`data:diff: Markdown written to ${options.markdown}`);
  }
  if (options.json) {
    writeFileSync(resolve(options.json), `${JSON.stringify({ base: options.base, ...diff }, null, 1)}\n`);
    log(`data:diff: JSON written to ${options.json}`);
  }
  if (options.failOnConflicts && diff.conflicts.length) {
    error(`data:diff: ${diff.conflicts.length} curation conflict(s); settle them in data/curation (exit 3)`);
    return 3;
  }
  return 0;
}
