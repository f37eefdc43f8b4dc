// `npm run ingest` as a maintainer runs it: files written, one line each, errors with file and line, exit codes.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { RelationsRecord } from '../../data/schema/index.ts';
import { fixture } from './article.ts';
import { runScript } from './run-script.ts';

const script = fileURLToPath(new URL('../../data/scripts/ingest.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'relations-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `npm run ingest`'s script; resolves with its exit code and output whatever the code. */
const ingest = (args: string[]) => runScript(script, args);

describe('npm run ingest', () => {
  it('writes the good files, names the malformed one with its line, and exits 1', async () => {
    const good = join(dir, 'estonia-finland.txt');
    const malformed = join(dir, 'no-title.txt');
    const unknown = join(dir, 'unknown-pair.txt');
    writeFileSync(good, fixture('estonia-finland'));
    writeFileSync(malformed, 'Denmark has an embassy in Tirana.\n');
    writeFileSync(unknown, '\n= Atlantis–Denmark relations =\n\nText.\n');
    const out = join(dir, 'out');

    const { code, stdout, stderr } = await ingest([
      '--out',
      out,
      '--retrieved',
      '2026-11-28',
      malformed,
      good,
      unknown,
    ]);

    expect(code).toBe(1);
    expect(stderr).toContain(`${malformed}:1: error:`);
    expect(stderr).toContain(`${unknown}:2: error: the title "Atlantis–Denmark relations" does not name two countries`);
    expect(stdout).toMatch(
      /EE-FI .*3 events, 4 missions, 3 memberships, 2 agreements, 0 visits, 2 assistance, 1 diaspora/,
    );
    expect(stdout).toContain('ingested 3 file(s): 1 record(s) written, 2 failed');
    expect(readdirSync(out)).toEqual(['EE-FI.json']);
    const record = JSON.parse(readFileSync(join(out, 'EE-FI.json'), 'utf8'));
    expect(RelationsRecord.safeParse(record).success).toBe(true);
    expect(record.sources[0]).toMatchObject({ license: 'CC BY-SA 4.0', retrieved: '2026-11-28' });
  });

  it('exits 0 when every file is well formed', async () => {
    const file = join(dir, 'kosovo-norway.txt');
    writeFileSync(file, fixture('kosovo-norway'));
    const { code, stdout } = await ingest(['--out', join(dir, 'ok'), file]);
    expect(code).toBe(0);
    expect(stdout).toContain('NO-XK');
  });

  it('says in one line that --out is a file, or lies inside one, and exits 1', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const article = join(dir, 'kosovo-norway.txt');
    writeFileSync(article, fixture('kosovo-norway'));
    for (const out of [file, join(file, 'inside')]) {
      const { code, stderr } = await ingest(['--out', out, article]);
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/ingest: --out .* (?:is a file|lies inside a file)/);
    }
  });

  it('names a UTF-16 file as an encoding it does not read, not as a bad title', async () => {
    const file = join(dir, 'utf16.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fixture('kosovo-norway'), 'utf16le')]));
    const { code, stderr } = await ingest(['--out', join(dir, 'ok'), file]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}:1: error: the file is UTF-16`);
  });

  it('answers an unknown option with one line and exit code 1', async () => {
    const { code, stderr } = await ingest(['--bogus']);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('ingest:');
  });
});
