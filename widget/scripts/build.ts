// Builds the widget: the CDN bundle, flags, demo page and their `_headers` into dist/assets, and the npm package.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bundleOptions } from './bundle-options.ts';

/** The most the CDN bundle may weigh, gzipped (issue 12's budget); the build fails above it. */
const BUDGET_GZIP = 12 * 1024;

const require = createRequire(import.meta.url);
const widgetDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(widgetDir, '..', 'dist', 'assets');
const { version } = JSON.parse(readFileSync(join(widgetDir, 'package.json'), 'utf8')) as { version: string };
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

// (a) The CDN bundle: one ES module with Lit inside; each non-English language and the alpha-3 table in a chunk.
rmSync(join(outDir, 'chunks'), { recursive: true, force: true });
mkdirSync(join(outDir, 'chunks'), { recursive: true });
const result = await build({
  ...bundleOptions(widgetDir),
  splitting: true,
  outdir: outDir,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
});
const files = result.outputFiles ?? [];
const main = files.find((f) => relative(outDir, f.path) === 'relations-card.js');
if (!main) throw new Error('esbuild produced no relations-card.js');
for (const file of files) writeFileSync(file.path, file.contents);
// The pinned URL has no character a server or CDN would spell otherwise: `@` in a path is percent-encoded by
// Cloudflare's asset service, which answers the first spelling with a redirect (cached a year, a round trip on every
// cold load). The `@` name of earlier READMEs keeps working: a rewrite serves it with a 200, for this version only.
const versioned = `relations-card.${version}.js`;
writeFileSync(join(outDir, versioned), main.contents);
writeFileSync(join(outDir, `relations-card@${version}.js`), main.contents);
writeFileSync(join(outDir, '_redirects'), `/relations-card@${version}.js /relations-card%40${version}.js 200\n`);

const integrity = `sha384-${createHash('sha384').update(main.contents).digest('base64')}`;
const chunks = files
  .filter((f) => f !== main)
  .map((f) => ({ file: relative(outDir, f.path), bytes: f.contents.length, gzip: gzip(f.contents) }));
const manifest = {
  version,
  file: 'relations-card.js',
  versioned,
  integrity,
  bytes: main.contents.length,
  gzip: gzip(main.contents),
  chunks,
};
writeFileSync(join(outDir, 'relations-card.manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(join(outDir, 'relations-card.sri.txt'), `${integrity}\n`);

const lit = await build({
  stdin: {
    contents:
      "import { LitElement, html } from 'lit'; customElements.define('x-lit', class extends LitElement { render() { return html`x`; } });",
    resolveDir: widgetDir,
  },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  legalComments: 'none',
  conditions: ['production'],
});
const litBytes = lit.outputFiles[0]?.contents ?? new Uint8Array();

console.log(
  `widget: relations-card.js ${kb(manifest.bytes)} raw, ${kb(manifest.gzip)} gzip (budget ${kb(BUDGET_GZIP)})`,
);
console.log(`widget:   Lit alone      ${kb(litBytes.length)} raw, ${kb(gzip(litBytes))} gzip`);
for (const chunk of chunks)
  console.log(`widget:   ${chunk.file} ${kb(chunk.bytes)} raw, ${kb(chunk.gzip)} gzip, on demand`);
console.log(`widget: integrity="${integrity}"`);
// Every chunk must be on demand: a chunk the bundle imports statically (Lit split out because a chunk imported it)
// is a second request on every page, outside the SRI hash.
const mainMeta = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('/relations-card.js'))?.[1];
const staticImports = (mainMeta?.imports ?? []).filter((i) => i.kind === 'import-statement' && !i.external);
if (staticImports.length) {
  console.error(`widget: the bundle imports ${staticImports.map((i) => i.path).join(', ')} statically`);
  process.exit(1);
}
if (manifest.gzip > BUDGET_GZIP) {
  console.error(`widget: the bundle is over budget by ${manifest.gzip - BUDGET_GZIP} bytes gzip`);
  process.exit(1);
}

// Flags: lower-case alpha-2 file names, served beside the bundle so the card's default API base finds them.
const flagsSrc = join(dirname(require.resolve('flag-icons/package.json')), 'flags', '4x3');
mkdirSync(join(outDir, 'flags'), { recursive: true });
for (const name of readdirSync(flagsSrc)) {
  if (/^[a-z]{2}\.svg$/.test(name)) copyFileSync(join(flagsSrc, name), join(outDir, 'flags', name));
}

// The demo page: its script and styles are files of their own, so it runs under a strict CSP too.
await build({
  entryPoints: [join(widgetDir, 'demo', 'demo.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outfile: join(outDir, 'demo.js'),
  legalComments: 'none',
});
for (const name of ['index.html', 'demo.css']) copyFileSync(join(widgetDir, 'demo', name), join(outDir, name));

// Files the asset service reads as they are: `_headers` gives every asset its CORS, caching and security headers.
for (const name of readdirSync(join(widgetDir, 'static'))) {
  copyFileSync(join(widgetDir, 'static', name), join(outDir, name));
}

// (b) The npm package: unbundled ES modules and declarations in widget/dist, and the custom-elements manifest.
const pkgDir = join(widgetDir, 'dist');
rmSync(pkgDir, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc'),
    '-p',
    join(widgetDir, 'tsconfig.build.json'),
  ],
  {
    stdio: 'inherit',
  },
);
// Declarations keep the sources' `.ts` specifiers; npm consumers resolve the emitted `.js` siblings.
const declarations = readdirSync(pkgDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.d.ts'));
for (const file of declarations) {
  const path = join(pkgDir, file);
  const text = readFileSync(path, 'utf8').replace(
    /((?:from|import)\s*\(?\s*['"]\.{1,2}\/[^'"]+)\.ts(['"])/g,
    '$1.js$2',
  );
  writeFileSync(path, text);
}
execFileSync(
  process.execPath,
  [
    join(dirname(require.resolve('@custom-elements-manifest/analyzer/package.json')), 'cem.js'),
    'analyze',
    '--litelement',
    '--globs',
    'src/relations-card.ts',
    '--outdir',
    'dist',
    '--quiet',
  ],
  { cwd: widgetDir, stdio: 'inherit' },
);
// The analyzer names the source files; the package ships their emitted modules.
const cemPath = join(pkgDir, 'custom-elements.json');
writeFileSync(cemPath, readFileSync(cemPath, 'utf8').replace(/"src\/([^"]+)\.ts"/g, '"dist/$1.js"'));
// The package ships the project's licence: widget/LICENSE is a copy, which must not drift from the one at the root.
if (readFileSync(join(widgetDir, 'LICENSE'), 'utf8') !== readFileSync(join(widgetDir, '..', 'LICENSE'), 'utf8')) {
  console.error('widget: widget/LICENSE differs from LICENSE; copy it again (cp LICENSE widget/LICENSE)');
  process.exit(1);
}
console.log(
  `widget: npm package in ${relative(process.cwd(), pkgDir) || pkgDir} (ES modules, .d.ts, custom-elements.json)`,
);
