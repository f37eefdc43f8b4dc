// Reads data/sources.json: when and where each seed article was retrieved, so a rebuilt record is the same any day.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';

/** One article file and the facts about its retrieval that go into the record's `sources`. */
export const ManifestEntry = z.object({
  file: z.string().min(1).describe('The file name of the article, e.g. "albania-denmark.txt".'),
  retrieved: z.iso.date(),
  url: z.url().optional(),
  revision: z.string().optional(),
});

export const SourcesManifest = z.object({ schemaVersion: z.literal(1), articles: z.array(ManifestEntry) });
export type ManifestEntry = z.infer<typeof ManifestEntry>;

/** Entries of the manifest at `path` by file name; an absent file is an empty manifest. */
export function readSourcesManifest(path: string): Map<string, ManifestEntry> {
  if (!existsSync(path)) return new Map();
  const manifest = SourcesManifest.parse(JSON.parse(readFileSync(path, 'utf8')));
  return new Map(manifest.articles.map((entry) => [basename(entry.file), entry]));
}
