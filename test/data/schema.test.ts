// The record schema accepts well-formed records and rejects malformed ids and dates.
import { describe, expect, it } from 'vitest';
import { RelationsRecord } from '../../data/schema/index.ts';

const minimal = {
  schemaVersion: 1,
  id: 'AL-DK',
  countries: ['AL', 'DK'],
  title: 'Albania–Denmark relations',
  events: [{ type: 'established', date: '1970', provenance: [{ source: 'wikipedia', method: 'rule', span: [0, 10] }] }],
  missions: [],
  memberships: [],
  agreements: [],
  visits: [],
  assistance: [],
  diaspora: [],
  seeAlso: [],
  sources: [{ id: 'wikipedia', title: 'Albania–Denmark relations' }],
};

describe('RelationsRecord', () => {
  it('accepts a minimal record', () => {
    expect(RelationsRecord.safeParse(minimal).success).toBe(true);
  });

  it('rejects an id that is not the sorted pair', () => {
    const result = RelationsRecord.safeParse({ ...minimal, id: 'DK-AL', countries: ['DK', 'AL'] });
    expect(result.success).toBe(false);
  });

  it('rejects a date that invents precision in the wrong shape', () => {
    const bad = { ...minimal, events: [{ ...minimal.events[0], date: '23 June 1971' }] };
    expect(RelationsRecord.safeParse(bad).error?.issues[0]?.path).toEqual(['events', 0, 'date']);
  });
});
