// Facts are matched by identity: order is no change, a claim told more precisely or with a new standing is one
// change with its fields, and an unrelated claim is an addition.
import { describe, expect, it } from 'vitest';
import { canonical } from '../../../data/diff/canonical.ts';
import { diffFacts } from '../../../data/diff/fact-diff.ts';

const wikidata = (item: string) => [{ source: 'wikidata', item, method: 'dataset' }];
const embassy = (city: string, opened?: string) => ({
  sender: 'DK',
  host: 'AL',
  kind: 'embassy',
  city,
  residency: 'resident',
  status: 'open',
  ...(opened ? { opened } : {}),
  provenance: wikidata(city),
});

describe('diffFacts', () => {
  it('finds no change in a reordered list, nor in reordered provenance or keys', () => {
    const before = [embassy('Tirana'), embassy('Durrës', '2001')];
    const reordered = [
      { ...embassy('Durrës', '2001'), provenance: [...wikidata('Durrës')] },
      Object.fromEntries(Object.entries(embassy('Tirana')).reverse()),
    ];
    expect(diffFacts('missions', before, reordered)).toEqual({ added: [], removed: [], changed: [] });
    expect(canonical({ b: [{ y: 1 }, { x: 2 }], a: [2, 1] })).toBe(canonical({ a: [2, 1], b: [{ x: 2 }, { y: 1 }] }));
  });

  it('reports the same claim with a more precise date as changed, field by field', () => {
    const diff = diffFacts('missions', [embassy('Tirana', '1992')], [embassy('Tirana', '1992-03-04')]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]?.fields).toEqual([{ field: 'opened', before: '1992', after: '1992-03-04' }]);
  });

  it("reports a membership's new standing as one change of statuses", () => {
    const nato = (status: string) => ({
      organization: 'NATO',
      statuses: { AL: status, DK: 'member' },
      provenance: wikidata('Q7184'),
    });
    const diff = diffFacts('memberships', [nato('candidate')], [nato('member')]);
    expect(diff).toMatchObject({ added: [], removed: [] });
    expect(diff.changed[0]?.fields).toEqual([{ field: 'statuses.AL', before: 'candidate', after: 'member' }]);
  });

  it('keeps additions and removals apart where which became which would be a guess', () => {
    const diff = diffFacts(
      'missions',
      [embassy('Tirana'), embassy('Durrës', '1995'), embassy('Shkodër', '1996')],
      [embassy('Tirana'), embassy('Vlorë', '2020'), embassy('Korçë', '2021')],
    );
    expect(diff.changed).toEqual([]);
    expect(diff.added.map((m) => m.city)).toEqual(['Vlorë', 'Korçë']);
    expect(diff.removed.map((m) => m.city)).toEqual(['Durrës', 'Shkodër']);
  });
});
