// The esbuild options of the CDN bundle, shared by the build and the strict-CSP test that serves it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildOptions, Plugin } from 'esbuild';
import { minifyHTMLLiterals } from 'minify-literals';

/** Minifies the card's `html` and `css` templates, which esbuild keeps verbatim: about a fifth of the bundle. */
const minifyTemplates: Plugin = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]widget[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!/\b(html|css)`/.test(source)) return undefined;
      // Conservative: a space at a template's edge separates words ("2019 · €2,000,000") and must stay.
      const result = await minifyHTMLLiterals(source, {
        fileName: path,
        sourceMap: false,
        html: { conservativeCollapse: true },
      });
      return { contents: result?.code ?? source, loader: 'ts' };
    });
  },
};

/**
 * The card's markup imports Lit's `html` and `nothing` through widget/src/lit-tags.ts. The markup is a lazy chunk:
 * were it to import Lit, esbuild would move Lit into a chunk of its own that the bundle loads up front. In the bundle
 * the module is these two lines instead, which make the very values Lit 3 makes (a template is a plain object tagged
 * `_$litType$`, and `nothing` a registered symbol), so templates from the chunk render in the bundle's Lit.
 */
const litTagsWithoutLit: Plugin = {
  name: 'lit-tags-without-lit',
  setup(build) {
    build.onLoad({ filter: /[\\/]widget[\\/]src[\\/]lit-tags\.ts$/ }, () => ({
      contents:
        'export const html = (strings, ...values) => ({ _$litType$: 1, strings, values });\n' +
        "export const nothing = Symbol.for('lit-nothing');\n",
      loader: 'js',
    }));
  },
};

/** Options for one minified ES module with Lit inside; the build adds code splitting for the chunks. */
export function bundleOptions(widgetDir: string): BuildOptions {
  return {
    entryPoints: { 'relations-card': join(widgetDir, 'src', 'define.ts') },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    conditions: ['production'],
    plugins: [litTagsWithoutLit, minifyTemplates],
    write: false,
  };
}
