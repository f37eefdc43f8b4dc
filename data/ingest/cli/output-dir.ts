// Makes sure the CLI's output directory exists and takes files, or says in one line why not.
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Undefined when `dir` is (now) a writable directory; else the one-line reason. */
export function prepareOutputDir(dir: string): string | undefined {
  try {
    const stat = statSync(dir, { throwIfNoEntry: false });
    if (stat && !stat.isDirectory()) return `--out ${dir} is a file, not a directory`;
    // One level at a time: a recursive mkdir can retry forever on a path it can never create (under /proc).
    if (!stat) {
      const missing: string[] = [];
      let at = resolve(dir);
      while (!statSync(at, { throwIfNoEntry: false })) {
        missing.unshift(at);
        const parent = dirname(at);
        if (parent === at) break;
        at = parent;
      }
      for (const path of missing) mkdirSync(path);
    }
    accessSync(dir, constants.W_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR' || code === 'EEXIST') return `--out ${dir} lies inside a file, not a directory`;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `--out ${dir} is not writable (${code})`;
    return `--out ${dir} cannot be used (${code ?? String(error)})`;
  }
}
