// How the fetchers replace a file: a reader (or a run stopped half-way) never sees half of it.
import { renameSync, rmSync, writeFileSync } from 'node:fs';

/** Writes a temporary file beside `path` and renames it over `path`; the temporary file never outlives a failure. */
export function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
