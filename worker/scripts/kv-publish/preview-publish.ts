// What a publish would do, without doing it: the namespace's manifest (or key list) is read, nothing is written.
import { readUpload } from './publish-kv.ts';
import { type PlanOptions, type PublishPlan, planPublish } from './publish-plan.ts';
import { readPublished } from './read-published.ts';
import { type KvCommands, type KvTarget, wranglerKv } from './wrangler-kv.ts';

/** Options of previewPublish. */
export interface PreviewPublishOptions {
  /** The `wrangler kv bulk put` file that data:build wrote (dist/kv/relations.json). */
  file: string;
  target: KvTarget;
  /** The commands to run instead of wrangler's against `target` (tests). Only reads are called. */
  kv?: KvCommands;
  plan?: PlanOptions;
}

/** The plan of a publish and what it was planned against. */
export interface PublishPreview {
  plan: PublishPlan;
  /** Keys in the upload. */
  entries: number;
  /** When the last publish finished, or undefined when the namespace had no manifest and was listed. */
  manifestDate?: string;
  target: KvTarget;
}

/** Plans a publish of `file` to `target` as publishKv would, reading the namespace but never writing to it. */
export function previewPublish(options: PreviewPublishOptions): PublishPreview {
  const entries = readUpload(options.file);
  const { published, manifestDate } = readPublished(options.kv ?? wranglerKv(options.target));
  return {
    plan: planPublish(entries, published, options.plan),
    entries: entries.length,
    ...(manifestDate === undefined ? {} : { manifestDate }),
    target: options.target,
  };
}
