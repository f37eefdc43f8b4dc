// Writes the OpenAPI document the bundled worker serves to a file, so Redocly lints what clients really get.
// `node .ci/served-openapi.ts [out]` after `npm run deploy -- --dry-run`, which bundles the worker into dist/worker.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertV4MiniflareOptions, Miniflare, type V4WorkerOptionsShape } from 'miniflare';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'worker', 'index.js');
const out = process.argv[2] ?? join(root, 'dist', 'openapi.json');

if (!existsSync(bundle)) {
  console.error(`served-openapi: no ${bundle}; run \`npm run deploy -- --dry-run\` first.`);
  process.exit(1);
}

// The bindings wrangler.toml declares, PUBLIC_ORIGIN included: the document's `servers` come from it.
const { workerOptions } = unstable_getMiniflareWorkerOptions(join(root, 'wrangler.toml')) as unknown as {
  workerOptions: Pick<V4WorkerOptionsShape, 'compatibilityDate' | 'compatibilityFlags' | 'bindings'>;
};
const miniflare = new Miniflare(
  convertV4MiniflareOptions({
    cf: false,
    compatibilityDate: workerOptions.compatibilityDate,
    compatibilityFlags: workerOptions.compatibilityFlags,
    bindings: workerOptions.bindings,
    kvNamespaces: { RELATIONS: 'served-openapi' },
    modules: [{ type: 'ESModule', path: bundle }],
    modulesRoot: dirname(bundle),
  }),
);
try {
  // Any Host: the document must not depend on it.
  const res = await miniflare.dispatchFetch('http://any-host.invalid/openapi.json');
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET /openapi.json answered ${res.status}: ${body.slice(0, 200)}`);
  writeFileSync(out, `${JSON.stringify(JSON.parse(body), null, 2)}\n`);
  console.log(`served-openapi: wrote ${out} (${body.length} bytes as served)`);
} finally {
  await miniflare.dispose();
}
