// `npm run data:diff -- [--base REF] [--markdown FILE] [--json FILE] [--fail-on-conflicts]`: what the working tree's
// data would change in the published facts, pair by pair, and the curation it now conflicts with.
import { runDiff } from '../diff/run-diff.ts';
import { root } from './cli.ts';

process.exitCode = runDiff(process.argv.slice(2), { root });
