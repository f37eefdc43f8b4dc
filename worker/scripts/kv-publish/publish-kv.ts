// Publishes the built KV upload to a namespace, sending only the keys that changed since the last publish.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { KvEntry } from '../../../data/publish/kv-entries.ts';
import { PUBLISH_MANIFEST_KEY } from '../../../data/schema/kv-keys.ts';
import { root } from '../wrangler-env.ts';
import { type PublishManifest, parseManifest } from './publish-manifest.ts';
import { bulkFile, type PlanOptions, type PublishPlan, planPublish } from './publish-plan.ts';
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

/** What a publish did. */
export interface PublishSummary {
  plan: PublishPlan;
  /** wrangler processes run, the manifest's read included. */
  calls: number;
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

  let calls = 1;
  let step = performance.now();
  const manifest = parseManifest(kv.getText(PUBLISH_MANIFEST_KEY));
  let published: Map<string, string | null>;
  if (manifest) {
    published = new Map(Object.entries(manifest.keys));
    log(
      `kv: last publish ${manifest.published}, ${published.size} keys (${PUBLISH_MANIFEST_KEY} read in ${seconds(step)})`,
    );
  } else {
    step = performance.now();
    calls++;
    published = new Map(kv.listKeys().map((key) => [key, null]));
    log(`kv: no ${PUBLISH_MANIFEST_KEY}: the namespace lists ${published.size} keys, all sent (${seconds(step)})`);
  }

  const plan = planPublish(entries, published, options.plan);
  log(
    `kv: ${plan.added} new, ${plan.changed} changed, ${plan.unknown} unverified, ${plan.unchanged} unchanged, ` +
      `${plan.deleted} to delete; ${formatBytes(plan.putBytes)} to send in ${plan.puts.length} bulk put(s)`,
  );
  if (plan.puts.length === 0 && plan.deletes.length === 0) {
    log(`kv: nothing changed, upload skipped (${seconds(started)})`);
    return { plan, calls, ms: performance.now() - started };
  }

  const dir = mkdtempSync(join(tmpdir(), 'relations-kv-publish-'));
  try {
    for (const [i, chunk] of plan.puts.entries()) {
      const file = join(dir, `put-${i + 1}.json`);
      const text = bulkFile(chunk);
      writeFileSync(file, text);
      step = performance.now();
      kv.bulkPut(file);
      calls++;
      log(
        `kv: bulk put ${i + 1}/${plan.puts.length}: ${keys(chunk.length)}, ${formatBytes(Buffer.byteLength(text))} in ${seconds(step)}`,
      );
    }
    for (const [i, chunk] of plan.deletes.entries()) {
      const file = join(dir, `delete-${i + 1}.json`);
      writeFileSync(file, bulkFile(chunk));
      step = performance.now();
      kv.bulkDelete(file);
      calls++;
      log(`kv: bulk delete ${i + 1}/${plan.deletes.length}: ${keys(chunk.length)} in ${seconds(step)}`);
    }
    const next: PublishManifest = { schemaVersion: 1, published: new Date().toISOString(), keys: plan.hashes };
    const file = join(dir, 'manifest.json');
    const text = JSON.stringify(next);
    writeFileSync(file, text);
    step = performance.now();
    kv.putFile(PUBLISH_MANIFEST_KEY, file);
    calls++;
    log(
      `kv: ${PUBLISH_MANIFEST_KEY} written (${entries.length} keys, ${formatBytes(Buffer.byteLength(text))}) in ${seconds(step)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  log(`kv: published in ${seconds(started)} (${calls} wrangler calls)`);
  return { plan, calls, ms: performance.now() - started };
}
