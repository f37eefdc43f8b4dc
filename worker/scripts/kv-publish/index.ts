// Publishing the KV upload, sending only what changed: used by `npm start` (local) and `npm run deploy` (remote).

export { bulkFile } from '../../../data/publish/kv-entries.ts';
export { type PreviewPublishOptions, type PublishPreview, previewPublish } from './preview-publish.ts';
export {
  formatBytes,
  type PublishKvOptions,
  type PublishStep,
  type PublishSummary,
  publishKv,
  readUpload,
} from './publish-kv.ts';
export { contentHash, PublishManifest, parseManifest } from './publish-manifest.ts';
export {
  chunkItems,
  MAX_BYTES_PER_CALL,
  MAX_KEYS_PER_CALL,
  type PlanKeys,
  type PlanOptions,
  type Published,
  type PublishPlan,
  planPublish,
  uploadProblems,
} from './publish-plan.ts';
export { type PublishedState, readPublished } from './read-published.ts';
export { type KvCommands, type KvTarget, wranglerKv } from './wrangler-kv.ts';
