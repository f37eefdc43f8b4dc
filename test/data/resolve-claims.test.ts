// Which claims a record shows is settled when the data is built: same claims merge, deprecated ones are disputed.
import { describe, expect, it } from 'vitest';
import { FACT_IDENTITY } from '../../data/facts/fact-identity.ts';
import { mergeSameFacts } from '../../data/facts/merge-facts.ts';
import { resolveClaims } from '../../data/facts/resolve-claims.ts';
import type { Mission, Provenance, RelationsEvent } from '../../data/schema/index.ts';

const article: Provenance = { source: 'wikipedia', span: [0, 40], method: 'rule' };
const ministry: Provenance = { source: 'mfa-al', method: 'curated' };
const wikidata: Provenance = { source: 'wikidata-missions', item: 'Q1', method: 'dataset' };

const mission = (fields: Partial<Mission>, provenance: Provenance[]): Mission => ({
  sender: 'DK',
  host: 'AL',
  kind: 'embassy',
  residency: 'resident',
  status: 'open',
  ...fields,
  provenance,
});

describe('resolving claims', () => {
  it('makes a year and the day in that year one claim, with the day and both sources', () => {
    const events: RelationsEvent[] = [
      { type: 'established', date: '1970', provenance: [article] },
      {
        type: 'established',
        date: '1970-05-29',
        rank: 'preferred',
        note: 'The ministry gives the day.',
        provenance: [ministry],
      },
    ];
    expect(resolveClaims(events, FACT_IDENTITY.events)).toEqual([
      {
        type: 'established',
        date: '1970-05-29',
        rank: 'preferred',
        note: 'The ministry gives the day.',
        provenance: [article, ministry],
      },
    ]);
  });

  it('keeps two dates that disagree as two claims', () => {
    const events: RelationsEvent[] = [
      { type: 'established', date: '1970-05-29', provenance: [ministry] },
      { type: 'established', date: '1971', provenance: [article] },
    ];
    expect(resolveClaims(events, FACT_IDENTITY.events)).toHaveLength(2);
  });

  it('puts a deprecated claim beside the preferred claim it competes with, and keeps other missions shown', () => {
    const vienna = mission(
      { residency: 'non-resident', accreditedFrom: { country: 'AT', city: 'Vienna' }, rank: 'preferred' },
      [ministry],
    );
    const tirana = mission({ city: 'Tirana', rank: 'deprecated', note: 'Not open yet.' }, [article]);
    const durres = mission({ kind: 'honorary-consulate', city: 'Durrës' }, [wikidata]);
    const resolved = resolveClaims([tirana, vienna, durres], FACT_IDENTITY.missions);
    expect(resolved).toEqual([{ ...vienna, disputed: [tirana] }, durres]);
  });

  it('keeps a deprecated claim that disputes nothing shown, still ranked deprecated', () => {
    const lone = mission({ city: 'Tirana', rank: 'deprecated' }, [article]);
    expect(resolveClaims([lone], FACT_IDENTITY.missions)).toEqual([lone]);
  });

  it('merges the same mission from an article and from Wikidata into one claim with two provenances', () => {
    const fromArticle = mission({ city: 'Reykjavík' }, [article]);
    const fromWikidata = mission({ city: 'Reykjavik', district: 'Miðborg', opened: '1992' }, [wikidata]);
    expect(mergeSameFacts([fromArticle, fromWikidata], FACT_IDENTITY.missions)).toEqual([
      { ...fromArticle, district: 'Miðborg', opened: '1992', provenance: [article, wikidata] },
    ]);
  });

  it('stays linear: 40,000 statements of one claim give one fact with one provenance per span', () => {
    const told = Array.from({ length: 40_000 }, (_, i) =>
      mission({ city: 'Tirana' }, [{ source: 'wikipedia', span: [i % 2, 10], method: 'rule' }]),
    );
    const [merged, ...rest] = mergeSameFacts(told, FACT_IDENTITY.missions);
    expect(rest).toEqual([]);
    expect(merged?.provenance).toHaveLength(2);
  });
});
