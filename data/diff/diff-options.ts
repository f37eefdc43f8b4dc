// What `npm run data:diff` was asked for; anything it does not know is refused.
import { parseArgs } from 'node:util';

/** The options of data:diff. */
export interface DiffOptions {
  /** The commit to compare the working tree with. @default 'HEAD' */
  base: string;
  markdown?: string;
  json?: string;
  failOnConflicts: boolean;
  help: boolean;
}

/** The help text of data:diff. */
export const DIFF_USAGE = `Usage: npm run data:diff -- [--base REF] [--markdown FILE] [--json FILE] [--fail-on-conflicts]

Compares the facts each pair of states would publish at a git commit with those of the working tree:
data/relations with data/curation merged, and the reference facts (missions both ways, shared organisations,
borders), composed as npm run data:build composes them. Facts are matched by fact identity, so a reordered
list is no change; a changed fact lists its fields before -> after.

Options:
  --base REF            the commit to compare with (default HEAD; origin/main in the refresh workflow)
  --markdown FILE       also write the report as Markdown for a pull-request body (under 65,536 characters)
  --json FILE           also write the whole diff as JSON
  --fail-on-conflicts   exit 3 when a curated re-rank no longer matches or a curated claim is newly disputed
  -h, --help            this text

Exit codes: 0 compared, 1 failed (unknown ref, unreadable data), 2 bad options, 3 conflicts (with --fail-on-conflicts).`;

/** Reads argv; throws a message a person can act on. */
export function diffOptions(argv: string[]): DiffOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      base: { type: 'string', default: 'HEAD' },
      markdown: { type: 'string' },
      json: { type: 'string' },
      'fail-on-conflicts': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
    strict: true,
  });
  if (values.base === '') throw new Error('--base needs a git ref, such as HEAD or origin/main');
  return {
    base: values.base,
    ...(values.markdown ? { markdown: values.markdown } : {}),
    ...(values.json ? { json: values.json } : {}),
    failOnConflicts: values['fail-on-conflicts'],
    help: values.help,
  };
}
