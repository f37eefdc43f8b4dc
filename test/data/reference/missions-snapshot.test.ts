// The live missions snapshot replaces the shared CSV in the import, and dates the wikidata source in the records.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { treeFiles } from '../../../data/publish/data-files.ts';
import { datasetSources, withSnapshot } from '../../../data/reference/import/dataset-sources.ts';
import { MISSIONS_CSV } from '../../../data/reference/import/import-reference.ts';
import { readMissionsSnapshot, SNAPSHOT_DIR } from '../../../data/reference/import/missions-snapshot.ts';
import { missionsFile } from '../../../data/reference/import/read-datasets.ts';

const SOURCES = [
  { id: 'wikidata', title: 'Wikidata', license: 'CC0 1.0', retrieved: '2024-08-29', revision: 'e553d93' },
  { id: 'internacia', title: 'Internacia', retrieved: '2025-12-20', revision: '6f69d84' },
];

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** A repository root with datasets.json, and a snapshot when `meta` is given. */
function repository(meta?: unknown): string {
  root = mkdtempSync(join(tmpdir(), 'missions-snapshot-'));
  mkdirSync(join(root, 'data', 'reference', 'curation'), { recursive: true });
  writeFileSync(join(root, 'data', 'reference', 'curation', 'datasets.json'), JSON.stringify({ sources: SOURCES }));
  if (meta !== undefined) {
    mkdirSync(join(root, SNAPSHOT_DIR), { recursive: true });
    writeFileSync(join(root, SNAPSHOT_DIR, 'wikidata-missions.csv'), 'operator;QID\n');
    if (meta !== null) writeFileSync(join(root, SNAPSHOT_DIR, 'wikidata-missions.meta.json'), JSON.stringify(meta));
  }
  return root;
}

describe('the missions snapshot', () => {
  it('is not there by default: the shared CSV and datasets.json as they are', () => {
    const dir = repository();
    expect(missionsFile(dir, '/shared')).toBe(join('/shared', MISSIONS_CSV));
    expect(datasetSources((path) => treeFiles(dir).read(path))).toEqual(SOURCES);
  });

  it('replaces the shared CSV and dates the wikidata source, without the shared copy’s revision', () => {
    const dir = repository({ retrieved: '2026-03-02', endpoint: 'https://query.wikidata.org/sparql', rows: 10123 });
    expect(missionsFile(dir, '/shared')).toBe(join(dir, SNAPSHOT_DIR, 'wikidata-missions.csv'));
    const [wikidata, internacia] = datasetSources((path) => treeFiles(dir).read(path));
    expect(wikidata).toEqual({ id: 'wikidata', title: 'Wikidata', license: 'CC0 1.0', retrieved: '2026-03-02' });
    expect(internacia).toEqual(SOURCES[1]);
  });

  it('refuses a CSV whose meta is missing or has no date, naming the file', () => {
    expect(() => readMissionsSnapshot(join(repository(null), SNAPSHOT_DIR))).toThrow(/wikidata-missions\.meta\.json/);
    const undated = repository({ rows: 3 });
    expect(() => readMissionsSnapshot(join(undated, SNAPSHOT_DIR))).toThrow(/no retrieved date/);
    expect(() => datasetSources((path) => treeFiles(undated).read(path))).toThrow(/no retrieved date/);
  });

  it('refuses a meta without its CSV', () => {
    const dir = repository({ retrieved: '2026-03-02' });
    rmSync(join(dir, SNAPSHOT_DIR, 'wikidata-missions.csv'));
    expect(() => missionsFile(dir, '/shared')).toThrow(/wikidata-missions\.csv: missing/);
  });

  it('leaves the sources alone without a meta', () => {
    expect(withSnapshot(SOURCES, undefined)).toEqual(SOURCES);
  });
});
