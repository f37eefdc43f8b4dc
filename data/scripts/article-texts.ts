// Which file holds each article's text: the fetched folder (data/articles) first, then the seeds, and only a file
// whose content is the revision data/sources.json names, so a record is always re-derived from its own source.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { holdsEntry, type ManifestEntry } from './sources-manifest.ts';

/** An article file to ingest, with its manifest entry. */
export interface ArticleText {
  name: string;
  path: string;
  text: string;
  entry: ManifestEntry;
}

/** The texts found, the manifest entries with no text here, and text files the manifest does not list. */
export interface ArticleTexts {
  found: ArticleText[];
  absent: ManifestEntry[];
  unlisted: string[];
}

const textFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : []);

/** Looks for every manifest entry's text in `dirs`, in order; a file with another revision's text is passed over. */
export function findArticleTexts(manifest: ReadonlyMap<string, ManifestEntry>, dirs: readonly string[]): ArticleTexts {
  const found: ArticleText[] = [];
  const absent: ManifestEntry[] = [];
  for (const [name, entry] of [...manifest].sort(([a], [b]) => a.localeCompare(b))) {
    const hit = dirs
      .map((dir) => join(dir, name))
      .filter((path) => existsSync(path))
      .map((path) => ({ path, text: readFileSync(path, 'utf8') }))
      .find(({ text }) => holdsEntry(entry, text));
    if (hit) found.push({ name, entry, ...hit });
    else absent.push(entry);
  }
  const unlisted = [...new Set(dirs.flatMap(textFiles))].filter((name) => !manifest.has(name)).sort();
  return { found, absent, unlisted };
}
