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

describe('what a record may not hold, whoever wrote it', () => {
  const withSource = (url: string) => ({ ...minimal, sources: [{ ...minimal.sources[0], url }] });
  const withDate = (date: string) => ({ ...minimal, events: [{ ...minimal.events[0], date }] });
  const withTitle = (title: string) => ({ ...minimal, title });
  const accepted = (record: unknown) => RelationsRecord.safeParse(record).success;

  it.each([
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    '//cdn.example/x',
  ])('refuses the link %s in sources and see-also', (url) => {
    expect(accepted(withSource(url))).toBe(false);
    expect(accepted({ ...minimal, seeAlso: [{ title: 'x', url }] })).toBe(false);
  });

  it('accepts http and https links', () => {
    expect(accepted(withSource('https://en.wikipedia.org/wiki/Albania%E2%80%93Denmark_relations'))).toBe(true);
    expect(accepted(withSource('http://example.org/'))).toBe(true);
  });

  it.each(['1970-02-31', '2019-02-29', '0000', '0000-01-01', '2020/1990', '1971-06/1971-05'])(
    'refuses the date %s, which no calendar has or which ends before it starts',
    (date) => expect(accepted(withDate(date))).toBe(false),
  );

  it.each(['2020-02-29', '1970', '1992/2003', '1970/1970-05'])('accepts the date %s', (date) => {
    expect(accepted(withDate(date))).toBe(true);
  });

  it.each([
    ['an unterminated right-to-left override', 'Albania\u202E–Denmark'],
    ['a bidirectional isolate', '\u2067Albania'],
    ['a zero-width space', 'Alba\u200Bnia'],
    ['a control character', 'Albania\u0007'],
    ['an unpaired surrogate', 'Albania \uD83D'],
    ['a megabyte of text', 'x'.repeat(1 << 20)],
  ])('refuses a string with %s', (_, title) => {
    expect(accepted(withTitle(title))).toBe(false);
  });

  it('keeps the joiners Persian and Indic names need, and emoji', () => {
    expect(accepted(withTitle('Mehr\u200Cdad and \u0915\u094D\u200D\u0937 🇦🇱'))).toBe(true);
  });

  it('refuses more facts of one kind than a card could ever hold', () => {
    const event = minimal.events[0];
    expect(accepted({ ...minimal, events: Array.from({ length: 1001 }, () => event) })).toBe(false);
  });
});
