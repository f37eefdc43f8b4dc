// The repository's data files as the build reads them: from the working tree, or (data:diff) from a git commit.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Read access to the data files, by path relative to the repository's root ('data/relations/AL-DK.json'). */
export interface DataFiles {
  /** The names of the files directly in `dir`, sorted; none when it does not exist. */
  list(dir: string): string[];
  /** The file's text, or undefined when there is none. */
  read(path: string): string | undefined;
}

/** The files of the working tree under `root`. */
export function treeFiles(root: string): DataFiles {
  return {
    list(dir) {
      const path = join(root, dir);
      if (!existsSync(path)) return [];
      return readdirSync(path, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name)
        .sort();
    },
    read(path) {
      const file = join(root, path);
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    },
  };
}
