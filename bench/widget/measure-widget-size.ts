// Sizes of the widget's CDN bundle, and of Lit alone bundled the same way, for comparison.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { root } from '../bench-env.ts';

/** Bytes of the widget bundle and of Lit; null where the bundle has not been built. */
export type WidgetSize = {
  file: string;
  rawBytes: number | null;
  gzipBytes: number | null;
  brotliBytes: number | null;
  litRawBytes: number;
  litGzipBytes: number;
  note?: string;
};

/** The bundle `npm run build` writes and the worker serves. */
export const WIDGET_BUNDLE = join(root, 'dist', 'assets', 'relations-card.js');

// gzip -9 as the widget build reports it; brotli at its highest quality, as CDNs serve static files.
const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;
const brotliSize = (bytes: Uint8Array) => brotliCompressSync(bytes).length;

/** Measures dist/assets/relations-card.js and bundles `lit` alone (minified ESM, es2022) to compare. */
export async function measureWidgetSize(): Promise<WidgetSize> {
  const lit = await build({
    stdin: { contents: "export * from 'lit';", resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  const litBytes = lit.outputFiles[0]?.contents ?? new Uint8Array();
  const litSizes = { litRawBytes: litBytes.length, litGzipBytes: gzipSize(litBytes) };
  const file = WIDGET_BUNDLE.slice(root.length + 1);
  if (!existsSync(WIDGET_BUNDLE))
    return { file, rawBytes: null, gzipBytes: null, brotliBytes: null, ...litSizes, note: 'run npm run build' };
  const bundle = readFileSync(WIDGET_BUNDLE);
  return {
    file,
    rawBytes: bundle.length,
    gzipBytes: gzipSize(bundle),
    brotliBytes: brotliSize(bundle),
    ...litSizes,
  };
}
