// Publishes the built KV upload to a namespace, sending only the keys that changed since the last publish.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { bulkFile, type KvEntry } from '../../../data/publish/kv-entries.ts';
import { PUBLISH_MANIFEST_KEY } from '../../../data/schema/kv-keys.ts';
import { root } from '../wrangler-env.ts';
import type { PublishManifest } from './publish-manifest.ts';
import { type PlanOptions, type PublishPlan, planPublish } from './publish-plan.ts';
import { readPublished } from './read-published.ts';
import { type KvCommands, type KvTarget, wranglerKv } from './wrangler-kv.ts';

/** Options of publishKv. */
export interface PublishKvOptions {
  /** The `wrangler kv bulk put` file that data:build wrote (dist/kv/relations.json). */
  file: string;
  target: KvTarget;
  /** The commands to run instead of wrangler's against `target` (tests). */
  kv?: KvCommands;
  /** Where progress goes. @default console.log */
  log?: (line: string) => void;
  plan?: PlanOptions;
}

/** One wrangler call of a publish. */
export interface PublishStep {
  call: 'get manifest' | 'list' | 'bulk put' | 'bulk delete' | 'put manifest';
  keys: number;
  bytes: number;
  ms: number;
}

/** What a publish did. */
export interface PublishSummary {
  plan: PublishPlan;
  /** wrangler processes run, the manifest's read included. */
  calls: number;
  steps: PublishStep[];
  ms: number;
}

/** Bytes as people read them: `512 B`, `35.2 KiB`, `9.6 MiB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

const keys = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'key' : 'keys'}`;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Reads a bulk put file: a JSON array of `{ key, value }` (planPublish checks each entry). */
export function readUpload(file: string): KvEntry[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected a JSON array of { key, value }`);
  return parsed as KvEntry[];
}

/**
 * Brings the namespace to the upload: reads the manifest of the last publish (or, without one, lists the
 * namespace and sends everything), puts new and changed keys in bulk calls, deletes keys that disappeared, and
 * writes the manifest last, so an interrupted publish sends the same keys again next time.
 */
export function publishKv(options: PublishKvOptions): PublishSummary {
  const started = performance.now();
  const log = options.log ?? console.log;
  const { target } = options;
  const kv = options.kv ?? wranglerKv(target);
  const where = target.remote ? 'remote' : 'local';
  const entries = readUpload(options.file);
  const shown = relative(root, options.file).startsWith('..') ? options.file : relative(root, options.file);
  log(`kv: ${keys(entries.length)} (${formatBytes(statSync(options.file).size)}) in ${shown}, ${where} namespace`);

  const steps: PublishStep[] = [];
  /** Runs one wrangler call, records it, and says how long it took. */
  const timed = (call: PublishStep['call'], keyCount: number, bytes: number, run: () => void): string => {
    const since = performance.now();
    run();
    const ms = performance.now() - since;
    steps.push({ call, keys: keyCount, bytes, ms });
    return `${(ms / 1000).toFixed(1)} s`;
  };
  const summary = (plan: PublishPlan): PublishSummary => ({
    plan,
    calls: steps.length,
    steps,
    ms: performance.now() - started,
  });

  const readTook: Partial<Record<PublishStep['call'], string>> = {};
  const { published, manifestDate } = readPublished(kv, (call, run) => {
    readTook[call] = timed(call, call === 'get manifest' ? 1 : 0, 0, run);
  });
  if (manifestDate !== undefined)
    log(
      `kv: last publish ${manifestDate}, ${keys(published.size)} (${PUBLISH_MANIFEST_KEY} read in ${readTook['get manifest']})`,
    );
  else log(`kv: no ${PUBLISH_MANIFEST_KEY}: the namespace lists ${keys(published.size)}, all sent (${readTook.list})`);

  const plan = planPublish(entries, published, options.plan);
  log(
    `kv: ${plan.added} new, ${plan.changed} changed, ${plan.unknown} unverified, ${plan.unchanged} unchanged, ` +
      `${plan.deleted} to delete; ${formatBytes(plan.putBytes)} to send in ${plan.puts.length} bulk put(s)`,
  );
  if (plan.puts.length === 0 && plan.deletes.length === 0) {
    log(`kv: nothing changed, upload skipped (${seconds(started)})`);
    return summary(plan);
  }

  const dir = mkdtempSync(join(tmpdir(), 'relations-kv-publish-'));
  try {
    for (const [i, chunk] of plan.puts.entries()) {
      const file = join(dir, `put-${i + 1}.json`);
      const bytes = writeBulkFile(file, chunk);
      const took = timed('bulk put', chunk.length, bytes, () => kv.bulkPut(file));
      log(`kv: bulk put ${i + 1}/${plan.puts.length}: ${keys(chunk.length)}, ${formatBytes(bytes)} in ${took}`);
    }
    for (const [i, chunk] of plan.deletes.entries()) {
      const file = join(dir, `delete-${i + 1}.json`);
      const bytes = writeBulkFile(file, chunk);
      const took = timed('bulk delete', chunk.length, bytes, () => kv.bulkDelete(file));
      log(`kv: bulk delete ${i + 1}/${plan.deletes.length}: ${keys(chunk.length)} in ${took}`);
    }
    const next: PublishManifest = { schemaVersion: 1, published: new Date().toISOString(), keys: plan.hashes };
    const file = join(dir, 'manifest.json');
    writeFileSync(file, JSON.stringify(next));
    const bytes = statSync(file).size;
    const took = timed('put manifest', 1, bytes, () => kv.putFile(PUBLISH_MANIFEST_KEY, file));
    log(`kv: ${PUBLISH_MANIFEST_KEY} written (${keys(entries.length)}, ${formatBytes(bytes)}) in ${took}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  log(`kv: published in ${seconds(started)} (${steps.length} wrangler calls)`);
  return summary(plan);
}

/** Writes a bulk file and returns its size in bytes. */
function writeBulkFile(file: string, items: readonly unknown[]): number {
  const text = bulkFile(items);
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}
