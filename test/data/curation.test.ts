// Curation: curated claims merge beside the article's, with ranks and notes, and conflicts stay visible.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeCuration, unmatchedReranks } from '../../data/curation/merge-curation.ts';
import { Curation, RelationsRecord } from '../../data/schema/index.ts';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const record = RelationsRecord.parse(read('data/relations/AL-DK.json'));
const curation = Curation.parse(read('data/curation/AL-DK.json'));
const merged = mergeCuration(record, curation);

describe('mergeCuration with the AL-DK curation', () => {
  it('gives a valid record and leaves the extracted record unchanged', () => {
    expect(RelationsRecord.safeParse(merged).success).toBe(true);
    expect(record.missions.every((m) => m.rank === undefined)).toBe(true);
    expect(unmatchedReranks(record, curation)).toEqual([]);
  });

  it('prefers the foreign ministry’s 29 May 1970 and keeps the article’s 1970 beside it', () => {
    expect(merged.events.map(({ date, rank }) => ({ date, rank }))).toEqual([
      { date: '1970', rank: 'normal' },
      { date: '1970-05-29', rank: 'preferred' },
    ]);
    expect(merged.events[1]?.provenance).toEqual([{ source: 'mfa-al', method: 'curated' }]);
  });

  it('keeps the conflicting Danish embassy claims side by side with ranks and notes', () => {
    const danish = merged.missions.filter((m) => m.sender === 'DK');
    expect(
      danish.map(({ city, residency, accreditedFrom, status, rank }) => ({
        city,
        residency,
        accreditedFrom,
        status,
        rank,
      })),
    ).toEqual([
      { city: 'Tirana', residency: 'resident', accreditedFrom: undefined, status: 'open', rank: 'deprecated' },
      {
        city: undefined,
        residency: 'non-resident',
        accreditedFrom: { country: 'AT', city: 'Vienna' },
        status: 'open',
        rank: 'preferred',
      },
      { city: 'Tirana', residency: 'resident', accreditedFrom: undefined, status: 'planned', rank: undefined },
    ]);
    expect(danish.every((m) => m.note)).toBe(true);
  });

  it('adds the curated sources', () => {
    expect(merged.sources.map((s) => s.id)).toEqual(['wikipedia', 'mfa-al', 'albinfo']);
  });

  it('reports a re-rank that matches nothing', () => {
    const stale = Curation.parse({
      ...curation,
      rerank: [{ kind: 'visits', match: { date: '1900' }, rank: 'deprecated', note: 'x' }],
    });
    expect(unmatchedReranks(record, stale)).toEqual(['rerank.0: no visits fact matches {"date":"1900"}']);
  });

  it('rejects a curated claim that does not say it is curated', () => {
    const bad = { ...read('data/curation/AL-DK.json') };
    bad.add.events[0].provenance = [{ source: 'mfa-al', method: 'rule' }];
    expect(Curation.safeParse(bad).error?.issues[0]?.path).toEqual(['add', 'events', 0, 'provenance', 0, 'method']);
  });
});
