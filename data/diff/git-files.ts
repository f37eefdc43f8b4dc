// The data files of a git commit, read in one `git cat-file --batch` so a commit with thousands of records is
// read in about the time of one `git show`.
import { spawnSync } from 'node:child_process';
import type { DataFiles } from '../publish/data-files.ts';

/** Folders whose files are read up front; anything else (data/reference/sources, say) is only listed. */
const READ = ['data/relations/', 'data/curation/', 'data/reference/'];
const SKIP = ['data/reference/sources/', 'data/reference/import/'];

function git(root: string, args: string[], input?: string): Buffer {
  const result = spawnSync('git', args, { cwd: root, input, maxBuffer: 1024 * 1024 * 1024 });
  if (result.status !== 0) {
    const message = result.stderr?.toString().trim() || result.error?.message || `exit ${result.status}`;
    throw new Error(`git ${args.slice(0, 2).join(' ')}: ${message}`);
  }
  return result.stdout;
}

/** The commit `ref` names, or an Error saying it names none. */
export function resolveCommit(root: string, ref: string): string {
  try {
    return git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
      .toString()
      .trim();
  } catch {
    throw new Error(`${ref} is not a commit here (try HEAD, HEAD~1 or origin/main after a fetch)`);
  }
}

/**
 * The JSON files under data/relations, data/curation and data/reference at `commit` (as resolveCommit gives it)
 * of the repository at `root`.
 */
export function gitFiles(root: string, commit: string): DataFiles {
  const listing = git(root, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', 'data']).toString();
  const blobs = new Map<string, string>();
  for (const line of listing.split('\0')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const [, type, oid] = line.slice(0, tab).split(' ');
    const path = line.slice(tab + 1);
    if (type === 'blob' && oid) blobs.set(path, oid);
  }
  const wanted = [...blobs.keys()].filter(
    (path) => path.endsWith('.json') && READ.some((p) => path.startsWith(p)) && !SKIP.some((p) => path.startsWith(p)),
  );
  const texts = new Map<string, string>();
  if (wanted.length) {
    const out = git(root, ['cat-file', '--batch'], `${wanted.map((path) => blobs.get(path)).join('\n')}\n`);
    let at = 0;
    for (const path of wanted) {
      const header = out.indexOf(10, at);
      const size = Number(out.subarray(at, header).toString().split(' ')[2]);
      texts.set(path, out.subarray(header + 1, header + 1 + size).toString('utf8'));
      at = header + 1 + size + 1;
    }
  }
  return {
    list(dir) {
      const prefix = `${dir.replace(/\/$/, '')}/`;
      return [...blobs.keys()]
        .filter((path) => path.startsWith(prefix) && !path.slice(prefix.length).includes('/'))
        .map((path) => path.slice(prefix.length))
        .sort();
    },
    read(path) {
      const text = texts.get(path);
      if (text !== undefined || !blobs.has(path)) return text;
      return git(root, ['cat-file', 'blob', blobs.get(path) as string]).toString('utf8');
    },
  };
}
