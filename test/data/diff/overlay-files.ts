// The committed data files with some replaced or added: a second side for data:diff without touching the tree.
import { type DataFiles, treeFiles } from '../../../data/publish/data-files.ts';

/** The files of `root`, with `changes` (path -> text) read in place of, or beside, the committed ones. */
export function overlayFiles(root: string, changes: Record<string, string>): DataFiles {
  const tree = treeFiles(root);
  return {
    list(dir) {
      const added = Object.keys(changes)
        .filter((path) => path.startsWith(`${dir}/`) && !path.slice(dir.length + 1).includes('/'))
        .map((path) => path.slice(dir.length + 1));
      return [...new Set([...tree.list(dir), ...added])].sort();
    },
    read: (path) => changes[path] ?? tree.read(path),
  };
}
