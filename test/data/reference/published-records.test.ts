// data:build's output: the AL-DK article, its curation and the reference data as one record; one document per state.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kvEntries } from '../../../data/publish/kv-entries.ts';
import { readArticleRecords, rerankMisses } from '../../../data/publish/read-article-records.ts';
import { readReferenceFiles } from '../../../data/publish/read-reference-files.ts';
import type { CountryRelationsIndex, RelationsRecord } from '../../../data/schema/index.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const { records, problems, unmatchedReranks } = readArticleRecords(root);
const built = kvEntries(records, readReferenceFiles(root));
const value = <T>(key: string): T => JSON.parse(built.entries.find((e) => e.key === key)?.value ?? 'null') as T;
const alDk = value<RelationsRecord>('relations:AL-DK');

describe('the published AL-DK record', () => {
  it('builds without problems', () => {
    expect([...problems, ...rerankMisses(unmatchedReranks), ...built.problems]).toEqual([]);
  });

  it("makes Albania's embassy in Copenhagen one claim told by the article and by Wikidata", () => {
    const copenhagen = alDk.missions.filter((m) => m.sender === 'AL' && m.city === 'Copenhagen');
    expect(copenhagen).toHaveLength(1);
    expect(copenhagen[0]?.provenance.map((p) => p.item ?? p.source)).toEqual(['wikipedia', 'Q105979126']);
  });

  it("keeps the curator's Vienna claim preferred, now also backed by Wikidata, and the article's Tirana claim disputed", () => {
    const vienna = alDk.missions.find((m) => m.sender === 'DK' && m.accreditedFrom?.city === 'Vienna');
    expect(vienna?.rank).toBe('preferred');
    expect(vienna?.provenance.map((p) => p.item ?? p.source)).toEqual(['mfa-al', 'Q104630248']);
    expect(vienna?.disputed?.map((d) => [d.city, d.rank])).toEqual([['Tirana', 'deprecated']]);
  });

  it('joins the article\'s "Albania is an EU candidate" with the curated member list, and adds the other organisations', () => {
    const eu = alDk.memberships.find((m) => m.organization === 'EU');
    expect(eu?.statuses).toEqual({ AL: 'candidate', DK: 'member' });
    expect(eu?.provenance.map((p) => p.method)).toEqual(expect.arrayContaining(['rule', 'curated']));
    expect(alDk.memberships.map((m) => m.organization)).toEqual(
      expect.arrayContaining(['NATO', 'EU', 'UN', 'OSCE', 'Council of Europe', 'WTO']),
    );
  });

  it("credits Wikipedia, the curators' sources, Wikidata and Internacia", () => {
    expect(alDk.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(['wikipedia', 'mfa-al', 'albinfo', 'wikidata', 'internacia']),
    );
  });
});

describe('the per-state documents and partner lists', () => {
  it('stores one document and one partner list per state, a list of states and the article index', () => {
    const states = built.stats.states;
    expect(built.entries.filter((e) => e.key.startsWith('country:'))).toHaveLength(states);
    expect(built.entries.filter((e) => e.key.startsWith('country-relations:'))).toHaveLength(states);
    expect(built.entries.map((e) => e.key)).toEqual(expect.arrayContaining(['countries', 'relations-index']));
  });

  it("lists Denmark's partners with counts, and marks the pair that has an article", () => {
    const dk = value<CountryRelationsIndex>('country-relations:DK');
    const al = dk.partners.find((p) => p.country === 'AL');
    expect(al).toMatchObject({ id: 'AL-DK', article: true, border: false });
    expect(al?.missions.sent).toBeGreaterThanOrEqual(1);
    expect(dk.partners.find((p) => p.country === 'DE')).toMatchObject({ border: true, article: false });
    expect(dk.partners.length).toBeGreaterThan(150);
  });
});
