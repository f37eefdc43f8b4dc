// The esbuild options of the CDN bundle, shared by the build and the strict-CSP test that serves it.
import { join } from 'node:path';
import type { BuildOptions } from 'esbuild';

/** Options for one minified ES module with Lit inside; the build adds code splitting for the locale chunks. */
export function bundleOptions(widgetDir: string): BuildOptions {
  return {
    entryPoints: { 'relations-card': join(widgetDir, 'src', 'define.ts') },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    conditions: ['production'],
    write: false,
  };
}
