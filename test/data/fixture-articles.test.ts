// Whole articles in our own words about other pairs: each gives exactly the facts it states.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../data/ingest/index.ts';
import { RelationsRecord } from '../../data/schema/index.ts';
import { bare, fixture } from './article.ts';

const ingest = (name: string) => {
  const text = fixture(name);
  const result = ingestArticle(text);
  expect(result.errors).toEqual([]);
  expect(RelationsRecord.safeParse(result.record).success).toBe(true);
  return { text, record: result.record as RelationsRecord };
};

describe('Iceland–Lithuania (recognition, non-resident missions, a visit told twice)', () => {
  const { text, record } = ingest('iceland-lithuania');

  it('reads recognition and establishment with their full dates', () => {
    expect(bare(record.events)).toEqual([
      { type: 'recognized', date: '1991-02-11' },
      { type: 'established', date: '1991-08-26' },
    ]);
  });

  it('says where each non-resident mission is accredited from, and keeps the honorary consulate', () => {
    expect(bare(record.missions)).toEqual([
      {
        sender: 'IS',
        host: 'LT',
        kind: 'embassy',
        residency: 'non-resident',
        accreditedFrom: { country: 'FI', city: 'Helsinki' },
        status: 'open',
      },
      {
        sender: 'LT',
        host: 'IS',
        kind: 'embassy',
        residency: 'non-resident',
        accreditedFrom: { country: 'DK', city: 'Copenhagen' },
        status: 'open',
      },
      {
        sender: 'LT',
        host: 'IS',
        kind: 'honorary-consulate',
        city: 'Reykjavík',
        residency: 'resident',
        status: 'open',
      },
    ]);
  });

  it('leaves out a mission that concerns a third country', () => {
    expect(JSON.stringify(record.missions)).not.toMatch(/Vilnius|BY|NO/);
  });

  it('reads "both full members of X, Y and Z" and "not a member of the EU"', () => {
    expect(bare(record.memberships)).toEqual([
      { organization: 'NATO', statuses: { IS: 'member', LT: 'member' } },
      { organization: 'Council of Europe', statuses: { IS: 'member', LT: 'member' } },
      { organization: 'CBSS', statuses: { IS: 'member', LT: 'member' } },
      { organization: 'EU', statuses: { LT: 'member', IS: 'non-member' } },
    ]);
  });

  it('keeps a visit told in a list and in prose once, with both provenances and the precise date', () => {
    const visits = record.visits.filter((v) => v.visitors[0]?.name === 'Dalia Grybauskaitė');
    expect(visits.map((v) => v.date)).toEqual(['2011-09-25', '2016']);
    const told = visits[0]?.provenance.map((p) => text.slice(p.span?.[0], p.span?.[1]));
    expect(told).toEqual([
      'President Dalia Grybauskaitė (2011, 2016)',
      expect.stringContaining('On 25 September 2011 Lithuanian President'),
    ]);
    expect(visits[0]).toMatchObject({ from: 'LT', to: 'IS' });
  });

  it('reads an approximate diaspora figure', () => {
    expect(bare(record.diaspora)).toEqual([{ origin: 'LT', residence: 'IS', population: 5000, approximate: true }]);
  });
});

describe('Germany–Israel (trade is not aid, third parties stay out)', () => {
  const { record } = ingest('germany-israel');

  it('reads a month-day-year date', () => {
    expect(bare(record.events)).toEqual([{ type: 'established', date: '1965-05-12' }]);
  });

  it('reads "A is a member of NATO, while B is not"', () => {
    expect(record.memberships.find((m) => m.organization === 'NATO')?.statuses).toEqual({
      DE: 'member',
      IL: 'non-member',
    });
  });

  it('names a treaty by its proper name and leaves out an agreement with the EU', () => {
    expect(bare(record.agreements)).toEqual([
      { date: '1952', title: 'Luxembourg Agreement', kind: 'other' },
      { date: '1962-07-09', title: 'Double taxation treaty', kind: 'tax' },
    ]);
  });

  it('does not take trade volumes or exports for aid', () => {
    expect(record.assistance).toEqual([]);
  });

  it('reads visits to a capital city as visits to its country', () => {
    expect(bare(record.visits).map(({ date, from, to }) => ({ date, from, to }))).toEqual([
      { date: '2008-03', from: 'DE', to: 'IL' },
      { date: '2023-02', from: 'IL', to: 'DE' },
    ]);
  });
});

describe('Estonia-Finland (hyphenated title, severed and restored, aid with items)', () => {
  const { record } = ingest('estonia-finland');

  it('reads two events told in one sentence, each with its own date', () => {
    expect(bare(record.events)).toEqual([
      { type: 'recognized', date: '1920-07-07' },
      { type: 'severed', date: '1940' },
      { type: 'restored', date: '1991-08-29' },
    ]);
  });

  it('reads "each opened an embassy in the other\'s capital" and an opening year', () => {
    expect(bare(record.missions)).toEqual([
      { sender: 'EE', host: 'FI', kind: 'embassy', city: 'Helsinki', residency: 'resident', status: 'open' },
      { sender: 'FI', host: 'EE', kind: 'embassy', city: 'Tallinn', residency: 'resident', status: 'open' },
      { sender: 'FI', host: 'EE', kind: 'consulate', city: 'Tartu', residency: 'resident', status: 'open' },
      {
        sender: 'EE',
        host: 'FI',
        kind: 'consulate-general',
        city: 'Turku',
        residency: 'resident',
        opened: '2019',
        status: 'open',
      },
    ]);
  });

  it('gives one agreement per kind under a plural "agreements"', () => {
    expect(bare(record.agreements)).toEqual([
      { date: '1992', title: 'Visa agreement', kind: 'visa' },
      { date: '1992', title: 'Cultural cooperation agreement', kind: 'cultural' },
    ]);
  });

  it('reads money and counted goods, with thousands separators', () => {
    expect(bare(record.assistance)).toEqual([
      {
        donor: 'FI',
        recipient: 'EE',
        date: '1993',
        kind: 'grant',
        money: { amount: 147_000_000, currency: 'EUR' },
        purpose: 'reforms',
      },
      {
        donor: 'FI',
        recipient: 'EE',
        date: '2005',
        kind: 'in-kind',
        items: [
          { item: 'generators', quantity: 40 },
          { item: 'blankets', quantity: 2000 },
        ],
        purpose: 'storm relief',
      },
    ]);
  });

  it('reads an exact diaspora figure with its "as of" year', () => {
    expect(bare(record.diaspora)).toEqual([
      { origin: 'EE', residence: 'FI', population: 49_590, approximate: false, date: '2016' },
    ]);
  });
});

describe('Kosovo–Norway (XK, visit lists, applicant status)', () => {
  const { record } = ingest('kosovo-norway');

  it('accepts Kosovo as XK', () => {
    expect(record.id).toBe('NO-XK');
  });

  it('reads an applicant and a non-member', () => {
    expect(bare(record.memberships)).toEqual([
      { organization: 'NATO', statuses: { NO: 'member', XK: 'non-member' } },
      { organization: 'Council of Europe', statuses: { XK: 'applicant', NO: 'member' } },
    ]);
  });

  it('reads a list of visits under "visits from A to B": one visit per year', () => {
    expect(record.visits.map((v) => [v.date, v.from, v.to, v.visitors[0]?.name])).toEqual([
      ['2015', 'XK', 'NO', 'Isa Mustafa'],
      ['2021-11', 'XK', 'NO', 'Albin Kurti'],
      ['2023', 'XK', 'NO', 'Albin Kurti'],
    ]);
    expect(record.visits[1]?.counterparts).toEqual([
      { name: 'Jonas Gahr Støre', office: 'Prime Minister', country: 'NO' },
    ]);
    expect(record.visits[1]?.provenance).toHaveLength(2);
  });

  it('reads "NOK 1.5 billion" and "250.000 doses" and takes no date from "since"', () => {
    expect(bare(record.assistance)).toEqual([
      { donor: 'NO', recipient: 'XK', kind: 'grant', money: { amount: 1_500_000_000, currency: 'NOK' } },
      {
        donor: 'NO',
        recipient: 'XK',
        date: '2021',
        kind: 'in-kind',
        items: [{ item: 'COVID-19 vaccine doses', quantity: 250_000 }],
      },
    ]);
  });
});

describe('Denmark–Poland (a longer article with history, economy and citation marks)', () => {
  const { record } = ingest('denmark-poland');

  it('reads events from a sentence that follows a citation mark', () => {
    expect(bare(record.events)).toEqual([
      { type: 'recognized', date: '1919' },
      { type: 'established', date: '1919-04-08' },
    ]);
  });

  it('reads an embassy and a list of honorary consulates', () => {
    expect(record.missions.map((m) => [m.sender, m.kind, m.city])).toEqual([
      ['DK', 'embassy', 'Warsaw'],
      ['PL', 'embassy', 'Copenhagen'],
      ['PL', 'honorary-consulate', 'Aarhus'],
      ['PL', 'honorary-consulate', 'Odense'],
    ]);
  });

  it('takes neither trade, investment nor support for accession for facts they are not', () => {
    expect(record.assistance).toEqual([]);
    expect(bare(record.agreements)).toEqual([{ date: '1947', title: 'Trade agreement', kind: 'trade' }]);
    expect(record.diaspora.map((d) => d.population)).toEqual([44_000]);
  });

  it('reads a counterpart named after "his Danish counterpart" and the purpose of the meeting', () => {
    expect(record.visits.find((v) => v.date === '2014-05')).toMatchObject({
      from: 'PL',
      to: 'DK',
      counterparts: [{ name: 'Helle Thorning-Schmidt', country: 'DK' }],
      purpose: 'energy security',
    });
  });

  it('reads a "* " list under See also and skips External links', () => {
    expect(record.seeAlso.map((s) => s.title)).toEqual([
      'Foreign relations of Denmark',
      'Foreign relations of Poland',
      'Poles in Denmark',
    ]);
  });
});

describe('Japan–Nepal (aid in dollars and goods, two visit lists, "over" a figure)', () => {
  const { record } = ingest('japan-nepal');

  it('reads "US$260 million" and a list of goods given after another verb', () => {
    expect(bare(record.assistance)).toEqual([
      {
        donor: 'JP',
        recipient: 'NP',
        date: '2015',
        kind: 'grant',
        money: { amount: 260_000_000, currency: 'USD' },
        purpose: 'reconstruction',
      },
      {
        donor: 'JP',
        recipient: 'NP',
        date: '2015',
        kind: 'in-kind',
        items: [{ item: 'tents' }, { item: 'blankets' }, { item: 'water purifiers' }],
      },
      {
        donor: 'JP',
        recipient: 'NP',
        date: '2021',
        kind: 'in-kind',
        items: [{ item: 'doses of the AstraZeneca vaccine', quantity: 1_600_000 }],
      },
    ]);
  });

  it('reads each list under its own "Visits from A to B" line', () => {
    expect(record.visits.map((v) => [v.date, v.from, v.to, v.visitors[0]?.name])).toEqual([
      ['1960', 'NP', 'JP', 'Mahendra'],
      ['1996', 'NP', 'JP', 'Sher Bahadur Deuba'],
      ['2017', 'NP', 'JP', 'Sher Bahadur Deuba'],
      ['1987', 'JP', 'NP', 'Naruhito'],
      ['2015-03', 'NP', 'JP', 'Sushil Koirala'],
    ]);
  });

  it('marks "over 96,000" as approximate', () => {
    expect(bare(record.diaspora)).toEqual([
      { origin: 'NP', residence: 'JP', population: 96_000, approximate: true, date: '2020' },
    ]);
  });
});
