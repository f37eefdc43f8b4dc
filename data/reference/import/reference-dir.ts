// Where the maintained datasets are: --from, else $RELATIONS_REFERENCE, else ../shared/reference beside the repo.
import { join, resolve } from 'node:path';

/** The datasets' folder for a repository at `root`. */
export const referenceDir = (root: string, from?: string): string =>
  resolve(from ?? process.env.RELATIONS_REFERENCE ?? join(root, '..', 'shared', 'reference'));
