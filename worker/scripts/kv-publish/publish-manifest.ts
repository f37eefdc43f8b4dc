// The manifest of a publish: each key's content hash, kept in the namespace so any machine sees what is there.
import { createHash } from 'node:crypto';
import * as z from 'zod';

/** What the namespace held after the last complete publish: key -> SHA-256 (hex) of its value. */
export const PublishManifest = z.object({
  schemaVersion: z.literal(1),
  /** When the publish finished (ISO 8601); for people reading the key, not used to plan. */
  published: z.string(),
  keys: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});
export type PublishManifest = z.infer<typeof PublishManifest>;

/** The SHA-256 of a value, in hex: what the manifest records for it. */
export const contentHash = (value: string): string => createHash('sha256').update(value).digest('hex');

/**
 * The manifest stored under PUBLISH_MANIFEST_KEY, or undefined when `text` is not one (absent, written by another
 * tool, or by a future version): the publisher then treats every key as unknown and sends it again.
 */
export function parseManifest(text: string | null): PublishManifest | undefined {
  if (text === null) return undefined;
  try {
    const parsed = PublishManifest.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
