// `npm run data:reference` on the real datasets: every entity mapped or reported, dates at their precision, and the
// committed data exactly what the command makes.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importReference } from '../../../data/reference/import/import-reference.ts';
import { readMissionsSnapshot, SNAPSHOT_DIR } from '../../../data/reference/import/missions-snapshot.ts';
import { hasDatasets, readDatasets } from '../../../data/reference/import/read-datasets.ts';
import { referenceDir } from '../../../data/reference/import/reference-dir.ts';
import { referenceFiles } from '../../../data/reference/import/reference-files.ts';
import { wikidataDate } from '../../../data/reference/import/wikidata-date.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const from = referenceDir(root);
const present = hasDatasets(root, from);
const imported = present ? importReference(readDatasets(root, from)) : undefined;
const snapshot = readMissionsSnapshot(join(root, SNAPSHOT_DIR));

describe('Wikidata timestamps as dates', () => {
  it('keep only the precision the value can have', () => {
    expect(wikidataDate('1927-01-01T00:00:00Z')).toBe('1927');
    expect(wikidataDate('1992-05-01T00:00:00Z')).toBe('1992-05');
    expect(wikidataDate('1973-03-09T00:00:00Z')).toBe('1973-03-09');
    expect(wikidataDate('')).toBeUndefined();
    expect(wikidataDate('0000-01-01T00:00:00Z')).toBeUndefined();
  });

  it('follow the precision Wikidata gives, and guess only without it', () => {
    expect(wikidataDate('1997-07-01T00:00:00Z', 11)).toBe('1997-07-01');
    expect(wikidataDate('1990-01-01T00:00:00Z', 11)).toBe('1990-01-01');
    expect(wikidataDate('1993-05-01T00:00:00Z', 10)).toBe('1993-05');
    expect(wikidataDate('1973-03-09T00:00:00Z', 9)).toBe('1973');
    expect(wikidataDate('1919-01-01T00:00:00Z', 9)).toBe('1919');
    expect(wikidataDate('1999-10-25T14:30:00Z', 14)).toBe('1999-10-25');
    // A decade or a century is no year: no date rather than one Wikidata does not know.
    expect(wikidataDate('1920-01-01T00:00:00Z', 8)).toBeUndefined();
    expect(wikidataDate('1801-01-01T00:00:00Z', 7)).toBeUndefined();
    expect(wikidataDate('', 11)).toBeUndefined();
  });
});

// The datasets live beside the repository (../shared/reference); a clone without them still runs the rest.
describe.skipIf(!present)(`the import of ${from} (skipped when the datasets are not there)`, () => {
  const { data, report } = imported ?? ({} as NonNullable<typeof imported>);
  const missionByItem = (item: string) => data.missions.find((m) => m.item === item);

  it('writes exactly the committed files', () => {
    for (const [file, text] of Object.entries(referenceFiles(data))) {
      expect(readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8'), file).toBe(text);
    }
  });

  it('imports every row or reports why not, naming the entity', () => {
    const skippedRows = Object.entries(report.missions.skipped)
      .filter(([reason]) => !reason.startsWith('jurisdiction') && !reason.startsWith('type'))
      .flatMap(([, names]) => Object.values(names))
      .reduce((a, b) => a + b, 0);
    expect(report.missions.imported + skippedRows).toBe(report.missions.rows);
    // The shared CSV's rows, or the fetched snapshot's as its meta counts them.
    expect(report.missions.rows).toBe(snapshot?.meta.rows ?? 9852);
    const noState = report.missions.skipped['sender names no state'] ?? {};
    for (const name of ['Sovereign Military Order of Malta', 'Quebec', 'Sahrawi Arab Democratic Republic', 'Abkhazia'])
      expect(noState[name], name).toBeGreaterThan(0);
  });

  it('maps ministries and governments to the state they act for', () => {
    expect(missionByItem('Q1073835')).toMatchObject({ sender: 'CN', host: 'DE', kind: 'embassy' });
    expect(missionByItem('Q111580504')).toMatchObject({ sender: 'RU', host: 'TR', kind: 'consulate-general' });
    expect(missionByItem('Q101016144')).toMatchObject({ sender: 'RW', host: 'CH', city: 'Geneva' });
  });

  it('maps Kosovo, Taiwan and the Holy See to XK, TW and VA', () => {
    const senders = new Set(data.missions.map((m) => m.sender));
    for (const code of ['XK', 'TW', 'VA']) expect(senders.has(code), code).toBe(true);
    expect(data.missions.filter((m) => m.sender === 'VA').every((m) => m.kind === 'nunciature')).toBe(true);
    expect(data.missions.some((m) => m.sender === 'TW' && m.kind === 'representative-office')).toBe(true);
  });

  it('reads Norway as NO, not as the YAML 1.1 boolean', () => {
    const wto = data.organizations.find((o) => o.id === 'WTO');
    expect(wto?.members.NO).toMatchObject({ status: 'member', listed: true });
  });

  it('keeps each organisation the curated list names, with its English name', () => {
    expect(data.organizations.map((o) => o.organization)).toEqual(
      expect.arrayContaining([
        'UN',
        'EU',
        'NATO',
        'African Union',
        'ASEAN',
        'Arab League',
        'GCC',
        'Mercosur',
        'Pacific Islands Forum',
      ]),
    );
    expect(data.organizations.length).toBeGreaterThanOrEqual(32);
    for (const org of data.organizations) expect(org.checked.length, org.id).toBeGreaterThan(0);
  });
});
