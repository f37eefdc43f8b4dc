// data:diff on the committed data: nothing against itself, every pair compared; a new article claim beside a
// curated one and a re-rank that lost its fact are conflicts; the body stays under GitHub's limit.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../../data/diff/data-snapshot.ts';
import { diffSnapshots } from '../../../data/diff/diff-snapshots.ts';
import { formatMarkdown } from '../../../data/diff/format-markdown.ts';
import { markdownText } from '../../../data/diff/markdown-text.ts';
import { runDiff } from '../../../data/diff/run-diff.ts';
import { treeFiles } from '../../../data/publish/data-files.ts';
import { root } from '../../../worker/scripts/wrangler-env.ts';
import { overlayFiles } from './overlay-files.ts';

const committed = readSnapshot(treeFiles(root));
const record = JSON.parse(readFileSync(join(root, 'data/relations/AL-DK.json'), 'utf8'));
const curation = JSON.parse(readFileSync(join(root, 'data/curation/AL-DK.json'), 'utf8'));
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const rule = [{ source: 'wikipedia', span: [31, 106], method: 'rule' }];
/** An article claim the curator has not seen: Denmark resident in Durrës, beside the curated Vienna claim. */
const durres = { sender: 'DK', host: 'AL', kind: 'consulate', city: 'Durrës', residency: 'resident', status: 'open' };

describe('data:diff on the committed data', () => {
  it('finds nothing against itself, having compared every pair of states', () => {
    const diff = diffSnapshots(committed, committed);
    const states = committed.documents.size;
    expect(diff.totals).toMatchObject({ pairs: (states * (states - 1)) / 2, pairsChanged: 0, added: 0 });
    expect(diff.conflicts).toEqual([]);
  });

  it('shows a reordered article record as no change', () => {
    const reordered = { ...record, missions: [...record.missions].reverse(), events: [...record.events].reverse() };
    const head = readSnapshot(overlayFiles(root, { 'data/relations/AL-DK.json': json(reordered) }));
    expect(diffSnapshots(committed, head).pairs).toEqual([]);
  });

  it('reports a new article claim beside a curated one, and a re-rank that matches nothing, as conflicts', () => {
    const changed = { ...record, missions: [...record.missions, { ...durres, provenance: rule }] };
    const moved = structuredClone(curation);
    moved.rerank[0].match.date = '1969';
    const head = readSnapshot(
      overlayFiles(root, { 'data/relations/AL-DK.json': json(changed), 'data/curation/AL-DK.json': json(moved) }),
    );
    const diff = diffSnapshots(committed, head);
    expect(diff.pairs.map((p) => [p.id, p.counts])).toEqual([['AL-DK', { added: 1, removed: 0, changed: 0 }]]);
    expect(diff.conflicts.map((c) => c.type)).toEqual(['unmatched-rerank', 'dispute']);
    expect(diff.conflicts[1]?.message).toMatch(
      /curated "DK embassy for AL from Vienna.*" is now shown beside wikipedia/,
    );
  });

  it('settles the dispute once a curator re-ranks the new claim', () => {
    const changed = { ...record, missions: [...record.missions, { ...durres, provenance: rule }] };
    const settled = structuredClone(curation);
    settled.rerank.push({ kind: 'missions', match: { city: 'Durrës' }, rank: 'normal', note: 'Both stand.' });
    const head = readSnapshot(
      overlayFiles(root, { 'data/relations/AL-DK.json': json(changed), 'data/curation/AL-DK.json': json(settled) }),
    );
    expect(diffSnapshots(committed, head).conflicts).toEqual([]);
  });

  it("reports a state's changed reference facts in every pair it belongs to", () => {
    const reference = JSON.parse(readFileSync(join(root, 'data/reference/countries.json'), 'utf8'));
    for (const country of reference.countries as { code: string; borders: { code: string }[] }[])
      if (country.code === 'DE') country.borders = country.borders.filter((b) => b.code !== 'DK');
    const head = readSnapshot(overlayFiles(root, { 'data/reference/countries.json': json(reference) }));
    const diff = diffSnapshots(committed, head);
    expect(diff.pairs.map((p) => p.id)).toContain('DE-DK');
    const deDk = diff.pairs.find((p) => p.id === 'DE-DK');
    expect(deDk?.kinds.map((k) => k.kind)).toEqual(['borders']);
  });
});

describe('the pull-request body', () => {
  const many = diffSnapshots(
    committed,
    readSnapshot(
      overlayFiles(root, {
        'data/reference/missions.json': json({ missions: [] }),
      }),
    ),
  );

  it('stays under its byte budget, saying how many pairs it left out', () => {
    const body = formatMarkdown(many, { sides: 'origin/main → this branch', ms: 1000, maxChars: 20_000 });
    expect(Buffer.byteLength(body)).toBeLessThan(20_000);
    expect(body).toMatch(/…[\d,]+ more pairs/);
    expect(body).toMatch(/\| missions \| [\d,]+ \| 0 \| [\d,]+ \| \d+ \|/);
  });

  it('makes names from the data inert: no tags, links or mentions', () => {
    expect(markdownText('<script>@octocat [x](http://e) | a')).toBe(
      '&lt;script&gt;&#64;octocat \\[x\\]\\(http://e\\) \\| a',
    );
  });
});

describe('npm run data:diff on a repository', () => {
  const repo = mkdtempSync(join(tmpdir(), 'relations-diff-test-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo });
  for (const dir of ['data/relations', 'data/curation', 'data/reference/curation'])
    cpSync(join(root, dir), join(repo, dir), { recursive: true, filter: (f) => !f.endsWith('.ts') });
  for (const file of ['countries', 'organizations', 'missions'])
    cpSync(join(root, `data/reference/${file}.json`), join(repo, `data/reference/${file}.json`));
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'data');

  const run = (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = runDiff(argv, { root: repo, log: (l) => out.push(l), error: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('compares HEAD with the working tree, writes Markdown and JSON, and exits 3 on conflicts when asked', () => {
    const changed = { ...record, missions: [...record.missions, { ...durres, provenance: rule }] };
    writeFileSync(join(repo, 'data/relations/AL-DK.json'), json(changed));
    mkdirSync(join(repo, 'out'), { recursive: true });
    const md = join(repo, 'out/diff.md');
    const out = join(repo, 'out/diff.json');
    expect(run('--markdown', md, '--json', out).code).toBe(0);
    const result = run('--base', 'HEAD', '--fail-on-conflicts');
    expect(result.code).toBe(3);
    expect(result.out).toMatch(/facts \+1 −0 ~0 in 1 pairs[\s\S]*curation conflicts: 1/);
    expect(readFileSync(md, 'utf8')).toMatch(/Curation conflicts \(1\)[\s\S]*<b>AL-DK<\/b>/);
    expect(JSON.parse(readFileSync(out, 'utf8')).pairs[0].kinds[0].added[0].city).toBe('Durrës');
  });

  it('refuses an unknown ref with exit 1 and an unknown option with exit 2', () => {
    expect(run('--base', 'no-such-ref')).toMatchObject({ code: 1, err: expect.stringMatching(/not a commit/) });
    expect(run('--markdwn', 'x').code).toBe(2);
    expect(run('--help').out).toMatch(/--fail-on-conflicts/);
  });
});
