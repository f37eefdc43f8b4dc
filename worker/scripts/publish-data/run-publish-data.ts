// publish:data as a function of its arguments and surroundings, returning the exit code: tested without wrangler.
import { existsSync } from 'node:fs';
import { previewPublish } from '../kv-publish/preview-publish.ts';
import { publishKv } from '../kv-publish/publish-kv.ts';
import type { KvCommands, KvTarget } from '../kv-publish/wrangler-kv.ts';
import { hasPlaceholderNamespace, PLACEHOLDER_NAMESPACE_HINT } from '../namespace-placeholder.ts';
import { formatPreview } from './format-preview.ts';
import { PUBLISH_DATA_USAGE, type PublishDataOptions, publishDataOptions } from './publish-data-options.ts';

/** What publish:data reads and where it writes, injected by tests. */
export interface PublishDataContext {
  /** The bulk put file data:build writes. */
  file: string;
  /** How the file is named in messages. @default file */
  shownFile?: string;
  /** wrangler.toml's text: a remote target refuses the placeholder namespace id. */
  wranglerConfig: () => string;
  /** The KV commands for a target. @default wranglerKv */
  kv?: (target: KvTarget) => KvCommands;
  /** @default console.log */
  log?: (line: string) => void;
  /** @default console.error */
  error?: (line: string) => void;
}

/** Runs publish:data with `argv` (after `--`); returns 0 when done, 1 when it failed, 2 for bad options. */
export function runPublishData(argv: string[], context: PublishDataContext): number {
  const log = context.log ?? console.log;
  const error = context.error ?? console.error;
  let options: PublishDataOptions;
  try {
    options = publishDataOptions(argv);
  } catch (problem) {
    error(`publish:data: ${(problem as Error).message}\n\n${PUBLISH_DATA_USAGE}`);
    return 2;
  }
  if (options.help) {
    log(PUBLISH_DATA_USAGE);
    return 0;
  }
  const shown = context.shownFile ?? context.file;
  if (!existsSync(context.file)) {
    error(`publish:data: ${shown} is missing; run \`npm run data:build\` first.`);
    return 1;
  }
  const target: KvTarget = { remote: !options.local };
  if (target.remote && hasPlaceholderNamespace(context.wranglerConfig())) {
    error(`publish:data: ${PLACEHOLDER_NAMESPACE_HINT}`);
    return 1;
  }
  const kv = context.kv?.(target);
  try {
    if (options.dryRun) {
      const preview = previewPublish({ file: context.file, target, ...(kv ? { kv } : {}) });
      for (const line of formatPreview(preview, { file: shown })) log(line);
    } else {
      publishKv({ file: context.file, target, log, ...(kv ? { kv } : {}) });
    }
  } catch (problem) {
    error(`publish:data: ${(problem as Error).message}`);
    return 1;
  }
  return 0;
}
