// Builds the widget's CDN bundle and the demo page into dist/assets, which the worker serves.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const widgetDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(widgetDir, '..', 'dist', 'assets');
const { version } = JSON.parse(readFileSync(join(widgetDir, 'package.json'), 'utf8')) as { version: string };

mkdirSync(outDir, { recursive: true });
const result = await build({
  entryPoints: [join(widgetDir, 'src', 'define.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  write: false,
  legalComments: 'none',
});
const [output] = result.outputFiles;
if (!output) throw new Error('esbuild produced no bundle');
const bundle = output.contents;
writeFileSync(join(outDir, 'relations-card.js'), bundle);
writeFileSync(join(outDir, `relations-card@${version}.js`), bundle);
copyFileSync(join(widgetDir, 'demo', 'index.html'), join(outDir, 'index.html'));

const sri = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`widget: relations-card.js ${kb(bundle.length)} raw, ${kb(gzipSync(bundle, { level: 9 }).length)} gzip`);
console.log(`widget: integrity="${sri}"`);
