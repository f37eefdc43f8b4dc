import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findArticleTexts } from '../../data/scripts/article-texts.ts';
import type { ManifestEntry } from '../../data/scripts/sources-manifest.ts';

let dir: string;
let fetched: string;
let seeds: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relations-texts-'));
  fetched = join(dir, 'articles');
  seeds = join(dir, 'seeds');
  mkdirSync(fetched);
  mkdirSync(seeds);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const entry = (file: string, extra: Partial<ManifestEntry> = {}): [string, ManifestEntry] => [
  file,
  { file, retrieved: '2026-11-28', ...extra },
];

describe('findArticleTexts (which text re-derives each record)', () => {
  it('takes the fetched revision the manifest names, over an older seed of the same article', () => {
    writeFileSync(join(fetched, 'albania-denmark.txt'), 'new revision');
    writeFileSync(join(seeds, 'albania-denmark.txt'), 'seed text');
    const texts = findArticleTexts(new Map([entry('albania-denmark.txt', { sha256: sha('new revision') })]), [
      fetched,
      seeds,
    ]);
    expect(texts.found.map((t) => t.text)).toEqual(['new revision']);
  });

  it('passes over a file holding another revision, and reports the entry as absent', () => {
    writeFileSync(join(seeds, 'albania-denmark.txt'), 'seed text');
    const texts = findArticleTexts(new Map([entry('albania-denmark.txt', { sha256: sha('other'), revision: '9' })]), [
      fetched,
      seeds,
    ]);
    expect(texts.found).toEqual([]);
    expect(texts.absent.map((e) => e.revision)).toEqual(['9']);
  });

  it('reads a seed the manifest lists without a checksum, and names text files it does not list', () => {
    writeFileSync(join(seeds, 'albania-denmark.txt'), 'seed text');
    writeFileSync(join(fetched, 'denmark-estonia.txt'), 'not listed');
    const texts = findArticleTexts(new Map([entry('albania-denmark.txt')]), [fetched, seeds]);
    expect(texts.found.map((t) => t.path)).toEqual([join(seeds, 'albania-denmark.txt')]);
    expect(texts.unlisted).toEqual(['denmark-estonia.txt']);
  });
});
