// `npm run publish:data -- [--dry-run] [--local]`: publishes the built KV upload, only the keys that changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPublishData } from './publish-data/run-publish-data.ts';
import { root } from './wrangler-env.ts';

process.exitCode = runPublishData(process.argv.slice(2), {
  file: join(root, 'dist', 'kv', 'relations.json'),
  shownFile: 'dist/kv/relations.json',
  wranglerConfig: () => readFileSync(join(root, 'wrangler.toml'), 'utf8'),
});
