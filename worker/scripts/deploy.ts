// `npm run deploy`: uploads the built KV records and deploys the worker with wrangler (`-- --dry-run` checks only).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root, wrangler } from './wrangler-env.ts';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
const PLACEHOLDER_ID = '00000000000000000000000000000000';

if (values['dry-run']) {
  console.log('deploy --dry-run: bundling the worker and its assets without uploading anything…');
  wrangler(['deploy', '--dry-run', '--outdir', 'dist/worker']);
  process.exit(0);
}

const config = readFileSync(join(root, 'wrangler.toml'), 'utf8');
if (config.includes(PLACEHOLDER_ID)) {
  console.error(
    'deploy: wrangler.toml still has the placeholder KV namespace id.\n' +
      '  1. npx wrangler login\n' +
      '  2. npx wrangler kv namespace create RELATIONS\n' +
      '  3. put the printed id into [[kv_namespaces]] in wrangler.toml, then run npm run deploy again',
  );
  process.exit(1);
}

console.log('1/2 uploading records to the RELATIONS namespace…');
wrangler(['kv', 'bulk', 'put', 'dist/kv/relations.json', '--binding', 'RELATIONS', '--remote']);
console.log('2/2 deploying the worker and its assets…');
wrangler(['deploy']);
