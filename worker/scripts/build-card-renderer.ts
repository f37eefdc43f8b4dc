// Bundles the card page's renderer (worker/card-page/render-card.ts) into dist/ssr/render-card.js with Node's export
// conditions: Lit's browser build reads `document` when it loads, which a worker has not. The worker imports the
// bundle as `#card-renderer` (package.json "imports"), with the source's types.
import { join } from 'node:path';
import { build } from 'esbuild';
import { root } from './wrangler-env.ts';

/** Writes dist/ssr/render-card.js. */
export async function buildCardRenderer(): Promise<void> {
  await build({
    entryPoints: [join(root, 'worker', 'card-page', 'render-card.ts')],
    outfile: join(root, 'dist', 'ssr', 'render-card.js'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['node', 'import', 'production'],
    mainFields: ['module', 'main'],
    // @lit-labs/ssr's Node build takes Buffer from `buffer`: the worker's nodejs_compat provides it.
    external: ['buffer', 'node:*'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCardRenderer();
