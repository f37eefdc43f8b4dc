// `npm run publish:data`: the dry run reads the namespace and lists what would change without writing; a missing
// upload, a placeholder namespace id and bad options end with a message and their exit code. No wrangler runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PUBLISH_MANIFEST_KEY } from '../../data/schema/kv-keys.ts';
import { contentHash, type KvCommands, type KvTarget, previewPublish } from '../../worker/scripts/kv-publish/index.ts';
import { formatPreview } from '../../worker/scripts/publish-data/format-preview.ts';
import { type PublishDataContext, runPublishData } from '../../worker/scripts/publish-data/run-publish-data.ts';
import { memoryKv, uploadWriter } from '../memory-kv.ts';

const dir = mkdtempSync(join(tmpdir(), 'relations-publish-data-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const upload = uploadWriter(dir);

const manifestOf = (values: Record<string, string>) =>
  JSON.stringify({
    schemaVersion: 1,
    published: '2026-11-29T10:00:00.000Z',
    keys: Object.fromEntries(Object.entries(values).map(([key, value]) => [key, contentHash(value)])),
  });

const REAL_ID = 'id = "0123456789abcdef0123456789abcdef"';
const PLACEHOLDER = 'id = "00000000000000000000000000000000"';

function run(argv: string[], context: Partial<PublishDataContext> & { kv?: (t: KvTarget) => KvCommands }) {
  const out: string[] = [];
  const err: string[] = [];
  const targets: KvTarget[] = [];
  const record = (target: KvTarget, kv: KvCommands) => {
    targets.push(target);
    return kv;
  };
  const code = runPublishData(argv, {
    file: join(dir, 'absent.json'),
    wranglerConfig: () => REAL_ID,
    ...context,
    ...(context.kv ? { kv: (t: KvTarget) => record(t, context.kv?.(t) as KvCommands) } : {}),
    log: (line) => out.push(line),
    error: (line) => err.push(line),
  });
  return { code, out: out.join('\n'), err: err.join('\n'), targets };
}

const before = { 'relations:AL-DK': '{"a":1}', 'country:AL': '{"b":2}', 'country:XX': '{"x":0}' };
const next = { 'relations:AL-DK': '{"a":1}', 'country:AL': '{"b":20}', 'country:FR': '{"c":3}' };

describe('publish:data --dry-run', () => {
  it('reads the manifest, counts and lists the keys that would change, and writes nothing', () => {
    const kv = memoryKv({ ...before, [PUBLISH_MANIFEST_KEY]: manifestOf(before) });
    const result = run(['--dry-run'], {
      file: upload(next),
      shownFile: 'dist/kv/relations.json',
      kv: () => kv.commands,
    });
    expect(result.code).toBe(0);
    expect(kv.calls).toEqual([`get ${PUBLISH_MANIFEST_KEY}`]);
    expect(result.targets).toEqual([{ remote: true }]);
    expect(result.out).toMatch(/remote RELATIONS namespace; last published 2026-11-29T10:00:00.000Z/);
    expect(result.out).toMatch(/added +1 key +7 B/);
    expect(result.out).toMatch(/changed +1 key +8 B/);
    expect(result.out).toMatch(/deleted +1 key\n/);
    expect(result.out).toMatch(/unchanged +1 key +7 B/);
    expect(result.out).toContain('added (1):\n  country:FR\nchanged (1):\n  country:AL\ndeleted (1):\n  country:XX');
    expect(result.out).toMatch(/would send 2 keys .* delete 1 key .*nothing was written/);
  });

  it('lists the namespace when it has no manifest, and counts its keys as unverified', () => {
    const kv = memoryKv(before);
    const result = run(['--dry-run', '--local'], { file: upload(next), kv: () => kv.commands });
    expect(result.code).toBe(0);
    expect(kv.calls).toEqual([`get ${PUBLISH_MANIFEST_KEY}`, 'list']);
    expect(result.targets).toEqual([{ remote: false }]);
    expect(result.out).toMatch(/local RELATIONS namespace; no publish manifest/);
    expect(result.out).toContain('unverified (2):\n  relations:AL-DK\n  country:AL');
  });

  it('says when nothing would change', () => {
    const kv = memoryKv({ ...next, [PUBLISH_MANIFEST_KEY]: manifestOf(next) });
    const result = run(['--dry-run'], { file: upload(next), kv: () => kv.commands });
    expect(result.out).toMatch(/nothing would change; nothing was written/);
    expect(result.out).not.toMatch(/\(\d+\):/);
  });

  it('lists at most `limit` keys of a group, then how many more', () => {
    const many = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`relations:P${i}`, '{}']));
    const preview = previewPublish({ file: upload(many), target: { remote: false }, kv: memoryKv().commands });
    const lines = formatPreview(preview, { limit: 3 });
    expect(lines.slice(lines.indexOf('added (7):') + 1)).toEqual([
      '  relations:P0',
      '  relations:P1',
      '  relations:P2',
      '  …and 4 more',
    ]);
  });
});

describe('publish:data', () => {
  it('publishes only what changed and writes the manifest', () => {
    const kv = memoryKv({ ...before, [PUBLISH_MANIFEST_KEY]: manifestOf(before) });
    const result = run(['--local'], { file: upload(next), kv: () => kv.commands });
    expect(result.code).toBe(0);
    expect(kv.calls).toEqual([`get ${PUBLISH_MANIFEST_KEY}`, 'put 1', 'delete', `put ${PUBLISH_MANIFEST_KEY}`]);
    expect(Object.fromEntries([...kv.store].filter(([key]) => key !== PUBLISH_MANIFEST_KEY))).toEqual(next);
  });

  it('asks for npm run data:build when the upload is missing, in one line, exit 1', () => {
    const result = run(['--dry-run'], { shownFile: 'dist/kv/relations.json' });
    expect(result.code).toBe(1);
    expect(result.err).toBe('publish:data: dist/kv/relations.json is missing; run `npm run data:build` first.');
  });

  it('refuses the remote namespace while wrangler.toml has the placeholder id, but not the local one', () => {
    const kv = memoryKv();
    const file = upload(next);
    const remote = run(['--dry-run'], { file, wranglerConfig: () => PLACEHOLDER, kv: () => kv.commands });
    expect(remote.code).toBe(1);
    expect(remote.err).toMatch(/placeholder KV namespace id/);
    expect(kv.calls).toEqual([]);
    expect(run(['--dry-run', '--local'], { file, wranglerConfig: () => PLACEHOLDER, kv: () => kv.commands }).code).toBe(
      0,
    );
  });

  it('reports a failing wrangler call with exit 1', () => {
    const kv = memoryKv();
    kv.commands.getText = () => {
      throw new Error('wrangler kv key get publish-manifest failed (exit 1)');
    };
    const result = run([], { file: upload(next), kv: () => kv.commands });
    expect(result).toMatchObject({ code: 1, err: expect.stringMatching(/^publish:data: wrangler kv key get/) });
  });

  it('prints its options with --help, and refuses an unknown option with exit 2', () => {
    const help = run(['--help'], {});
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/--dry-run[\s\S]*--local/);
    const bad = run(['--dryrun'], {});
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--dryrun[\s\S]*Usage: npm run publish:data/);
    expect(run(['extra'], {}).code).toBe(2);
  });
});
