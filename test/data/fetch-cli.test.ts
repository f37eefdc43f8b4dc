import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSourcesManifest } from '../../data/scripts/sources-manifest.ts';
import { type ReplayServer, replayServer } from './replay/replay-server.ts';
import { ALBANIA_DENMARK, API_PATH, extract, lookup } from './replay/wikipedia/answers.ts';
import { runScript } from './run-script.ts';

const SPARQL_ANSWER = JSON.parse(readFileSync(new URL('./replay/wikidata/missions.json', import.meta.url), 'utf8'));

const CLI = join(import.meta.dirname, '..', '..', 'data', 'scripts', 'fetch.ts');
let dir: string;
let server: ReplayServer | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relations-fetch-cli-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `npm run data:fetch -- args` as a maintainer would, and gives its exit code and output. */
const fetchCli = (...args: string[]) =>
  // No shared datasets: a first missions snapshot is then held to no earlier row count.
  runScript(CLI, args, { ...process.env, RELATIONS_FETCH_CONTACT: '', RELATIONS_REFERENCE: dir });

describe('npm run data:fetch', () => {
  it('--help lists every option and exits 0', async () => {
    const { code, stdout } = await fetchCli('--help');
    expect(code).toBe(0);
    for (const option of [
      '--category',
      '--all-pairs',
      '--missions',
      '--out',
      '--manifest',
      '--wikipedia-api',
      '--wikidata-sparql',
      '--contact',
      '--limit',
    ])
      expect(stdout).toContain(option);
  });

  it.each([
    [[], 'nothing to fetch'],
    [['--wikipedia-api', 'ftp://example.org/api.php', 'X–Y relations'], '--wikipedia-api must be an http(s) URL'],
    [['--limit', 'ten', '--all-pairs'], '--limit must be a whole number'],
    [['--no-such-option'], "Unknown option '--no-such-option'"],
  ])('bad usage %j exits 2 with one clear line', async (args, message) => {
    const { code, stderr } = await fetchCli(...args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('exits 1 and names each missing article on its own line; what exists is written', async () => {
    server = await replayServer([
      lookup(['Albania–Denmark relations', 'Atlantis–Denmark relations'], [ALBANIA_DENMARK], {
        missing: ['Atlantis–Denmark relations'],
      }),
      extract(ALBANIA_DENMARK),
    ]);
    const manifest = join(dir, 'sources.json');
    const { code, stdout, stderr } = await fetchCli(
      '--wikipedia-api',
      `${server.origin}${API_PATH}`,
      '--out',
      join(dir, 'articles'),
      '--manifest',
      manifest,
      '--contact',
      'curator@example.org',
      'Albania–Denmark relations',
      'Atlantis–Denmark relations',
    );
    expect(code).toBe(1);
    expect(stderr.split('\n')).toContain('missing: Atlantis–Denmark relations (no such article)');
    expect(stdout).toContain('1 written, 0 unchanged, 1 missing');
    expect(existsSync(join(dir, 'articles', 'albania-denmark.txt'))).toBe(true);
    expect(readSourcesManifest(manifest).get('albania-denmark.txt')?.revision).toBe(String(ALBANIA_DENMARK.revid));
    expect(server.requests[0]?.headers['user-agent']).toMatch(
      /^relations-card-data\/\S+ \(curator@example\.org\) node\//,
    );
  });

  it('exits 0 when every article is fetched, then 0 again with nothing downloaded', async () => {
    server = await replayServer([lookup(['Albania–Denmark relations'], [ALBANIA_DENMARK]), extract(ALBANIA_DENMARK)]);
    const args = [
      '--wikipedia-api',
      `${server.origin}${API_PATH}`,
      '--out',
      dir,
      '--manifest',
      join(dir, 's.json'),
      'Albania–Denmark relations',
    ];
    expect((await fetchCli(...args)).code).toBe(0);
    const again = await fetchCli(...args);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 written, 1 unchanged');
    expect(server.requests.filter((r) => r.params.prop === 'extracts|revisions')).toHaveLength(1);
  });

  it('fetches articles and the missions in one run, the snapshot where --missions-out says', async () => {
    server = await replayServer([
      lookup(['Albania–Denmark relations'], [ALBANIA_DENMARK]),
      extract(ALBANIA_DENMARK),
      { path: '/sparql', when: {}, body: SPARQL_ANSWER },
    ]);
    const { code, stdout } = await fetchCli(
      '--wikipedia-api',
      `${server.origin}${API_PATH}`,
      '--wikidata-sparql',
      `${server.origin}/sparql`,
      '--out',
      dir,
      '--manifest',
      join(dir, 's.json'),
      '--missions',
      '--missions-out',
      join(dir, 'sources'),
      'Albania–Denmark relations',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/wikidata: \d+ missions → /);
    expect(stdout).toContain('data:fetch: 3 request(s), 0 retried');
    expect(existsSync(join(dir, 'sources', 'wikidata-missions.csv'))).toBe(true);
    expect(existsSync(join(dir, 'sources', 'wikidata-missions.meta.json'))).toBe(true);
    const sparql = server.requests.find((r) => r.path === '/sparql');
    expect(sparql?.method).toBe('POST');
    expect(sparql?.headers.accept).toBe('application/sparql-results+json');
  });

  it('stops with exit 1 and one line when the API cannot be reached', async () => {
    const { code, stderr } = await fetchCli(
      '--retries',
      '0',
      '--wikipedia-api',
      'http://127.0.0.1:9/w/api.php',
      '--out',
      dir,
      '--manifest',
      join(dir, 's.json'),
      'Albania–Denmark relations',
    );
    expect(code).toBe(1);
    expect(stderr).toContain('data:fetch: wikipedia stopped:');
  });
});
