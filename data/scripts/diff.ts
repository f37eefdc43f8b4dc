// `npm run data:diff -- [--base REF] [--markdown FILE] [--json FILE] [--fail-on-conflicts]`: what the working tree's
// data would change in the published facts, pair by pair, and the curation it now conflicts with.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDiff } from '../diff/run-diff.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
process.exitCode = runDiff(process.argv.slice(2), { root });
