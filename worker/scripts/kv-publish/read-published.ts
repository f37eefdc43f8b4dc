// What a namespace holds before a publish: the last manifest's hashes, or its listed keys when it has no manifest.
import { PUBLISH_MANIFEST_KEY } from '../../../data/schema/kv-keys.ts';
import { parseManifest } from './publish-manifest.ts';
import type { Published } from './publish-plan.ts';
import type { KvCommands } from './wrangler-kv.ts';

/** The namespace's state as a publish plans against it. */
export interface PublishedState {
  published: Published;
  /** When the manifest was written, or undefined when the namespace had none and was listed instead. */
  manifestDate?: string;
}

/**
 * Reads the manifest of the last complete publish; without one, lists the namespace so that every key is sent
 * again (unverified) and keys no longer built are deleted. `timed` wraps each wrangler call for progress.
 */
export function readPublished(
  kv: KvCommands,
  timed: (call: 'get manifest' | 'list', run: () => void) => void = (_, run) => run(),
): PublishedState {
  let text: string | null = null;
  timed('get manifest', () => {
    text = kv.getText(PUBLISH_MANIFEST_KEY);
  });
  const manifest = parseManifest(text);
  if (manifest) return { published: new Map(Object.entries(manifest.keys)), manifestDate: manifest.published };
  let published: Published = new Map();
  timed('list', () => {
    published = new Map(kv.listKeys().map((key) => [key, null]));
  });
  return { published };
}
