// Publishing sends only what changed, writes the manifest last, and survives an interrupted upload; wrangler's
// local KV commands answer the way the publisher reads them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PUBLISH_MANIFEST_KEY } from '../../data/schema/kv-keys.ts';
import {
  type KvCommands,
  type PublishKvOptions,
  parseManifest,
  publishKv,
  wranglerKv,
} from '../../worker/scripts/kv-publish/index.ts';
import { memoryKv, uploadWriter } from '../memory-kv.ts';

const dir = mkdtempSync(join(tmpdir(), 'relations-kv-publish-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const upload = uploadWriter(dir);

const publish = (file: string, kv: KvCommands, options: Partial<PublishKvOptions> = {}) => {
  const lines: string[] = [];
  const summary = publishKv({ file, kv, target: { remote: false }, log: (line) => lines.push(line), ...options });
  return { ...summary, lines };
};

describe('publishKv', () => {
  const first = { 'relations:AL-DK': '{"a":1}', 'country:AL': '{"b":2}', 'country:DK': '{"c":3}' };

  it('sends everything the first time, in bulk calls, then writes the manifest last', () => {
    const kv = memoryKv({ 'relations:stale': '{}' });
    const result = publish(upload(first), kv.commands, { plan: { maxKeysPerCall: 2 } });
    expect(kv.calls).toEqual([
      `get ${PUBLISH_MANIFEST_KEY}`,
      'list',
      'put 1',
      'put 2',
      'delete',
      `put ${PUBLISH_MANIFEST_KEY}`,
    ]);
    expect([...kv.store.keys()].sort()).toEqual([...Object.keys(first), PUBLISH_MANIFEST_KEY].sort());
    expect(Object.keys(parseManifest(kv.store.get(PUBLISH_MANIFEST_KEY) ?? null)?.keys ?? {})).toEqual(
      Object.keys(first),
    );
    expect(result.lines.join('\n')).toMatch(/3 new, 0 changed, 0 unverified, 0 unchanged, 1 to delete/);
    expect(result.calls).toBe(6);
  });

  it('skips the upload when nothing changed: one read of the manifest', () => {
    const kv = memoryKv();
    publish(upload(first), kv.commands);
    kv.calls.length = 0;
    const result = publish(upload(first), kv.commands);
    expect(kv.calls).toEqual([`get ${PUBLISH_MANIFEST_KEY}`]);
    expect(result.lines.at(-1)).toMatch(/nothing changed, upload skipped/);
  });

  it('sends only the changed and new keys and deletes the ones that disappeared', () => {
    const kv = memoryKv();
    publish(upload(first), kv.commands);
    kv.calls.length = 0;
    const next = { 'relations:AL-DK': '{"a":1}', 'country:AL': '{"b":20}', 'country:FR': '{"d":4}' };
    const result = publish(upload(next), kv.commands);
    expect(result.plan.puts.flat().map((e) => e.key)).toEqual(['country:AL', 'country:FR']);
    expect(kv.calls).toEqual([`get ${PUBLISH_MANIFEST_KEY}`, 'put 1', 'delete', `put ${PUBLISH_MANIFEST_KEY}`]);
    expect(Object.fromEntries([...kv.store].filter(([key]) => key !== PUBLISH_MANIFEST_KEY))).toEqual(next);
  });

  it('leaves the old manifest when a bulk call fails, so the next publish sends those keys again', () => {
    const kv = memoryKv();
    publish(upload(first), kv.commands);
    const changed = { 'relations:AL-DK': '{"a":10}', 'country:AL': '{"b":20}', 'country:DK': '{"c":3}' };
    kv.state.failOn = 'put 3'; // the second put of this publish
    expect(() => publish(upload(changed), kv.commands, { plan: { maxKeysPerCall: 1 } })).toThrow('put 3 failed');
    kv.state.failOn = '';
    const retry = publish(upload(changed), kv.commands);
    expect(retry.plan.puts.flat().map((e) => e.key)).toEqual(['relations:AL-DK', 'country:AL']);
  });
});

describe("wrangler's local KV, as the publisher drives it", () => {
  it('reads a missing key as null, puts in bulk and one by one, deletes in bulk, lists, reads back', () => {
    const kv = wranglerKv({ remote: false, persistTo: join(dir, 'state') });
    expect(kv.getText(PUBLISH_MANIFEST_KEY)).toBeNull();
    kv.bulkPut(upload({ 'country:AL': '{"code":"AL"}', 'country:DK': '{"code":"DK"}' }));
    const manifest = join(dir, 'manifest.json');
    writeFileSync(manifest, '{"schemaVersion":1}');
    kv.putFile(PUBLISH_MANIFEST_KEY, manifest);
    const gone = join(dir, 'gone.json');
    writeFileSync(gone, '["country:DK"]');
    kv.bulkDelete(gone);
    expect(kv.listKeys().sort()).toEqual(['country:AL', PUBLISH_MANIFEST_KEY]);
    expect(kv.getText(PUBLISH_MANIFEST_KEY)).toBe('{"schemaVersion":1}');
  }, 60_000);
});
