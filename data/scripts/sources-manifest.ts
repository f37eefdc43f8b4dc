// data/sources.json: each article file with the revision it holds and when it was read, so every record is
// reproducible and every provenance span points at a revision anyone can open.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { writeAtomically } from '../fetch/write-atomically.ts';

/** One article file and the facts about its retrieval that go into the record's `sources`. */
export const ManifestEntry = z.object({
  file: z.string().min(1).describe('The file name of the article, e.g. "albania-denmark.txt".'),
  title: z.string().optional().describe('The article title the file was fetched as (after redirects).'),
  pageid: z.number().int().optional(),
  retrieved: z.iso.date().describe('When this revision was first read; unchanged on later checks.'),
  checked: z.iso.date().optional().describe('When the revision was last confirmed current.'),
  url: z.url().optional().describe('The permanent link of the revision (index.php?title=…&oldid=…).'),
  revision: z.string().optional(),
  timestamp: z.iso.datetime().optional().describe('When the revision was saved.'),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional()
    .describe('Of the file as written, to know the file on disk is this revision.'),
});

export const SourcesManifest = z.object({ schemaVersion: z.literal(1), articles: z.array(ManifestEntry) });
export type ManifestEntry = z.infer<typeof ManifestEntry>;

/** The hex SHA-256 of an article file's text: what an entry's `sha256` records. */
export const textSha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Whether `text` is the revision `entry` describes (an entry without a hash, a seed's, takes any text). */
export const holdsEntry = (entry: ManifestEntry, text: string): boolean =>
  entry.sha256 === undefined || textSha256(text) === entry.sha256;

/** Entries of the manifest at `path` by file name; an absent file is an empty manifest. */
export function readSourcesManifest(path: string): Map<string, ManifestEntry> {
  if (!existsSync(path)) return new Map();
  const manifest = SourcesManifest.parse(JSON.parse(readFileSync(path, 'utf8')));
  return new Map(manifest.articles.map((entry) => [basename(entry.file), entry]));
}

/** Writes the manifest sorted by file, whole or not at all (a stopped fetch never leaves half a file). */
export function writeSourcesManifest(path: string, entries: Map<string, ManifestEntry>): void {
  const articles = [...entries.values()].sort((a, b) => a.file.localeCompare(b.file));
  writeAtomically(path, `${JSON.stringify({ schemaVersion: 1, articles }, null, 2)}\n`);
}
