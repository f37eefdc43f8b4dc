// `npm run deploy`: publishes what changed in the KV upload and deploys the worker (`-- --dry-run` checks only).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatBytes, MAX_KEYS_PER_CALL, planPublish, publishKv, readUpload } from './kv-publish/index.ts';
import { hasPlaceholderNamespace, PLACEHOLDER_NAMESPACE_HINT } from './namespace-placeholder.ts';
import { root, wrangler } from './wrangler-env.ts';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
const upload = join(root, 'dist', 'kv', 'relations.json');

if (values['dry-run']) {
  // Offline: the remote manifest is not read, so this is the plan of a first publish to an empty namespace.
  const plan = planPublish(readUpload(upload), new Map());
  console.log(
    `deploy --dry-run: a first publish would put ${plan.added} keys (${formatBytes(plan.putBytes)}) in ` +
      `${plan.puts.length} bulk put(s) of at most ${MAX_KEYS_PER_CALL.toLocaleString('en-US')} keys; a re-publish sends only the keys that changed.`,
  );
  console.log('deploy --dry-run: bundling the worker and its assets without uploading anything…');
  wrangler(['deploy', '--dry-run', '--outdir', 'dist/worker']);
  process.exit(0);
}

if (hasPlaceholderNamespace(readFileSync(join(root, 'wrangler.toml'), 'utf8'))) {
  console.error(`deploy: ${PLACEHOLDER_NAMESPACE_HINT}`);
  process.exit(1);
}

console.log('1/2 publishing dist/kv/relations.json to the RELATIONS namespace, only what changed…');
try {
  publishKv({ file: upload, target: { remote: true } });
} catch (error) {
  console.error(`deploy: ${(error as Error).message}`);
  process.exit(1);
}
console.log('2/2 deploying the worker and its assets…');
wrangler(['deploy']);
