// One sentence per phrasing real articles use, and the fact each must (or must not) give.
import { describe, expect, it } from 'vitest';
import { bare, recordOf } from './article.ts';

const AL_DK = 'Albania–Denmark relations';
const events = (body: string, title = 'Norway–Sweden relations') => bare(recordOf(title, body).events);
const missions = (body: string, title = AL_DK) => bare(recordOf(title, body).missions);
const memberships = (body: string, title = AL_DK) => bare(recordOf(title, body).memberships);
const visits = (body: string, title = AL_DK) => bare(recordOf(title, body).visits);
const assistance = (body: string, title = AL_DK) => bare(recordOf(title, body).assistance);
const diaspora = (body: string, title = AL_DK) => bare(recordOf(title, body).diaspora);
const agreements = (body: string, title = AL_DK) => bare(recordOf(title, body).agreements);

describe('article markup', () => {
  it('ignores citation marks and wiki links when reading a sentence', () => {
    expect(events('Diplomatic relations were established[1] on [[7 November]] 1905.[2][citation needed]')).toEqual([
      { type: 'established', date: '1905-11-07' },
    ]);
  });
});

describe('relations events', () => {
  it.each([
    ['Norway and Sweden established diplomatic relations on 7 November 1905.', '1905-11-07'],
    ['Diplomatic relations were established on May 29, 1971.', '1971-05-29'],
    ['In March 1992 the two countries established diplomatic ties.', '1992-03'],
    ['The countries have maintained diplomatic relations since 1905.', '1905'],
    ['Norway and Sweden have enjoyed diplomatic relations since 1956.', '1956'],
    ['The two countries established diplomatic relations in 1950.', '1950'],
    ['Sweden and Norway signed a protocol establishing diplomatic relations on 6 March 1992.', '1992-03-06'],
  ])('reads "%s" at the precision written', (sentence, date) => {
    expect(events(sentence)).toEqual([{ type: 'established', date }]);
  });

  it('reads diplomatic relations that "date back to" or "date from" a year as started then, but not mere history', () => {
    expect(events('Diplomatic relations between Norway and Sweden date from 11 January 1906.')).toEqual([
      { type: 'established', date: '1906-01-11' },
    ]);
    expect(events('Diplomatic relations date back to 1906.')).toEqual([{ type: 'established', date: '1906' }]);
    expect(events('Relations between Norway and Sweden date back to 1397.')).toEqual([]);
  });

  it('reads "opened diplomatic relations" as their start', () => {
    expect(events('Norway and Sweden opened diplomatic relations on 4 January 1906.')).toEqual([
      { type: 'established', date: '1906-01-04' },
    ]);
  });

  it('reads re-established relations apart from established ones', () => {
    expect(events('Diplomatic relations were re-established on 22 May 1991.')).toEqual([
      { type: 're-established', date: '1991-05-22' },
    ]);
  });

  it('reads "X recognized Y\'s independence on ..." and the passive form', () => {
    expect(events("Sweden recognized Norway's independence on 26 October 1905.")).toEqual([
      { type: 'recognized', date: '1905-10-26' },
    ]);
    expect(events('Norway was formally recognized by Sweden in October 1905.')).toEqual([
      { type: 'recognized', date: '1905-10' },
    ]);
  });

  it('leaves out relations between one of the pair and a third country', () => {
    expect(events('Sweden established diplomatic relations with Finland in 1918.')).toEqual([]);
    expect(events('Denmark recognized Kosovo in 2008.', AL_DK)).toEqual([]);
  });

  it('reads an event whose list of countries holds the pair and a third one, and not one with others only', () => {
    expect(events('Sweden established diplomatic relations with Finland and Norway in 1905.')).toEqual([
      { type: 'established', date: '1905' },
    ]);
    expect(events('Norway and Sweden established relations with Finland in 1918.')).toEqual([]);
    expect(events('Finland recognised Estonia and Latvia on 7 July 1920.', 'Estonia–Finland relations')).toEqual([
      { type: 'recognized', date: '1920-07-07' },
    ]);
  });

  it('reads "severed ties with" the other of the pair', () => {
    expect(events('Sweden severed ties with Norway in 2018.')).toEqual([{ type: 'severed', date: '2018' }]);
  });

  it('does not read relations that "began to deteriorate" as a start', () => {
    expect(events('Relations began to deteriorate in 1961.')).toEqual([]);
  });

  it('does not read trade relations as diplomatic ones, nor invent a date', () => {
    expect(events('Trade relations began in the 1990s.')).toEqual([]);
    expect(events('Diplomatic relations were established long ago.')).toEqual([]);
  });
});

describe('missions', () => {
  it('reads "maintains an embassy", "opened its embassy in C in 1972" and a possessive embassy', () => {
    expect(
      missions('Albania maintains an embassy in Copenhagen. Denmark opened its embassy in Tirana in 1972.'),
    ).toEqual([
      { sender: 'AL', host: 'DK', kind: 'embassy', city: 'Copenhagen', residency: 'resident', status: 'open' },
      {
        sender: 'DK',
        host: 'AL',
        kind: 'embassy',
        city: 'Tirana',
        residency: 'resident',
        opened: '1972',
        status: 'open',
      },
    ]);
    expect(missions("Albania's embassy in Copenhagen opened in 2000.")[0]).toMatchObject({ sender: 'AL', host: 'DK' });
    expect(missions('The Danish embassy in Tirana is located in the city centre.')[0]).toMatchObject({
      sender: 'DK',
      host: 'AL',
      city: 'Tirana',
    });
  });

  it('reads a non-resident mission, accredited from an embassy in a third country', () => {
    expect(missions('Denmark is accredited to Albania from its embassy in Vienna.')).toEqual([
      {
        sender: 'DK',
        host: 'AL',
        kind: 'embassy',
        residency: 'non-resident',
        accreditedFrom: { country: 'AT', city: 'Vienna' },
        status: 'open',
      },
    ]);
    expect(missions("Denmark's embassy in Rome is also accredited to Albania.")[0]).toMatchObject({
      residency: 'non-resident',
      accreditedFrom: { country: 'IT', city: 'Rome' },
    });
  });

  it('reads "its embassy in Rome is accredited to" after a clause naming the sender, and "the embassy of X in C"', () => {
    expect(missions('Denmark has no embassy in Albania; its embassy in Rome is accredited to Albania.')).toEqual([
      {
        sender: 'DK',
        host: 'AL',
        kind: 'embassy',
        residency: 'non-resident',
        accreditedFrom: { country: 'IT', city: 'Rome' },
        status: 'open',
      },
    ]);
    expect(missions('The embassy of Denmark in Vienna is also accredited to Albania.')[0]).toMatchObject({
      residency: 'non-resident',
      accreditedFrom: { country: 'AT', city: 'Vienna' },
    });
  });

  it('reads planned and closed missions', () => {
    expect(missions('Denmark will open an embassy in Tirana in 2026.')[0]).toMatchObject({
      status: 'planned',
      opened: '2026',
    });
    expect(missions('Albania closed its consulate in Aarhus.')[0]).toMatchObject({
      kind: 'consulate',
      city: 'Aarhus',
      host: 'DK',
      status: 'closed',
    });
  });

  it('reads a second mission of the same sender in the same clause', () => {
    expect(
      missions('Norway has an embassy in Copenhagen and a consulate in Aarhus.', 'Denmark–Norway relations').map(
        (m) => [m.sender, m.kind, m.city],
      ),
    ).toEqual([
      ['NO', 'embassy', 'Copenhagen'],
      ['NO', 'consulate', 'Aarhus'],
    ]);
  });

  it('reads "keeps an honorary consulate"', () => {
    expect(missions('Albania keeps an honorary consulate in Aarhus.')[0]).toMatchObject({
      sender: 'AL',
      host: 'DK',
      kind: 'honorary-consulate',
    });
  });

  it('reads an honorary consulate and a list of consulates-general', () => {
    expect(missions('Denmark has an honorary consulate in Durrës.')[0]).toMatchObject({
      kind: 'honorary-consulate',
      city: 'Durrës',
    });
    expect(
      missions('Poland has consulates-general in Lviv, Lutsk and Odesa.', 'Poland–Ukraine relations').map(
        (m) => m.city,
      ),
    ).toEqual(['Lviv', 'Lutsk', 'Odesa']);
  });

  it('reads "represented ... through its embassy in" its own capital as a resident mission', () => {
    expect(missions('Albania is represented in Denmark through its embassy in Copenhagen.')).toEqual([
      { sender: 'AL', host: 'DK', kind: 'embassy', city: 'Copenhagen', residency: 'resident', status: 'open' },
    ]);
  });

  it('reads accreditation from a city with no mission named, and a capitalised Embassy that opened in a year', () => {
    expect(
      missions('Denmark is represented in Albania by a non-resident ambassador based in Athens, Greece.')[0],
    ).toMatchObject({
      residency: 'non-resident',
      accreditedFrom: { country: 'GR', city: 'Athens' },
    });
    expect(missions('The Albanian Embassy in Copenhagen opened in 2004.')[0]).toMatchObject({
      sender: 'AL',
      city: 'Copenhagen',
      opened: '2004',
    });
  });

  it('leaves out an embassy in, or accredited to, a third country', () => {
    expect(missions('Denmark has an embassy in Belgrade, Serbia.')).toEqual([]);
    expect(missions("Denmark's embassy in Vienna is also accredited to Kosovo.")).toEqual([]);
  });

  it('keeps the embassy in the other country when it is also accredited to a third one, and nothing of the third', () => {
    expect(missions("Denmark's embassy in Tirana is also accredited to Kosovo.")).toEqual([
      { sender: 'DK', host: 'AL', kind: 'embassy', city: 'Tirana', residency: 'resident', status: 'open' },
    ]);
  });
});

describe('memberships', () => {
  it('gives "as is B" the standing of the clause before, and leaves a third country out', () => {
    const pu = (body: string) => memberships(body, 'Poland–Ukraine relations');
    expect(pu('Ukraine is a member of the Council of Europe, as is Poland.')).toEqual([
      { organization: 'Council of Europe', statuses: { UA: 'member', PL: 'member' } },
    ]);
    expect(pu('Ukraine is a candidate for EU membership, as is Moldova.')).toEqual([
      { organization: 'EU', statuses: { UA: 'candidate' } },
    ]);
  });

  it('reads "A is an EU candidate and B an EU member"', () => {
    expect(memberships('Albania is an EU candidate and Denmark an EU member.')).toEqual([
      { organization: 'EU', statuses: { AL: 'candidate', DK: 'member' } },
    ]);
  });

  it('names organizations by acronym where one exists, else in English', () => {
    expect(
      memberships(
        'Both countries are members of the Organization for Security and Co-operation in Europe, the Council of Europe and the World Trade Organization.',
      ).map((m) => m.organization),
    ).toEqual(['OSCE', 'Council of Europe', 'WTO']);
  });

  it('reads the Nordic-Baltic Eight by its acronym', () => {
    expect(
      memberships(
        'Both countries are members of the European Union, NATO, the Council of Europe, the Nordic-Baltic Eight and the Council of the Baltic Sea States.',
        'Estonia–Finland relations',
      ).map((m) => m.organization),
    ).toEqual(['EU', 'NATO', 'Council of Europe', 'NB8', 'CBSS']);
  });

  it('keeps an unknown organization of a "members of" list by its name as written, without "the"', () => {
    expect(
      memberships(
        'Both countries are members of the Weimar Triangle, the Roman Catholic Church and the Forum of Small States.',
      ).map((m) => m.organization),
    ).toEqual(['Weimar Triangle', 'Forum of Small States']);
  });

  it('reads a name that contains a country adjective', () => {
    expect(
      memberships('Both countries are members of the Organization of American States.', 'Canada–Mexico relations'),
    ).toEqual([{ organization: 'OAS', statuses: { CA: 'member', MX: 'member' } }]);
  });

  it("ends the pair's clause where one country goes on alone, and reads an observer as one", () => {
    expect(
      memberships(
        'Argentina and Chile are both members of the OAS, while Chile is an observer of the Andean Community and Argentina is not a member of the EU.',
        'Argentina–Chile relations',
      ),
    ).toEqual([
      { organization: 'OAS', statuses: { AR: 'member', CL: 'member' } },
      { organization: 'Andean Community', statuses: { CL: 'observer' } },
      { organization: 'EU', statuses: { AR: 'non-member' } },
    ]);
  });

  it('reads "neither country is a member" and an associate member', () => {
    expect(memberships('Neither country is a member of NATO.', 'Argentina–Chile relations')).toEqual([
      { organization: 'NATO', statuses: { AR: 'non-member', CL: 'non-member' } },
    ]);
    expect(memberships('Chile is an associate member of Mercosur.', 'Argentina–Chile relations')).toEqual([
      { organization: 'Mercosur', statuses: { CL: 'associate' } },
    ]);
  });

  it('reads an application for membership', () => {
    expect(memberships('Albania applied for membership of the European Union in 2009.')).toEqual([
      { organization: 'EU', statuses: { AL: 'applicant' } },
    ]);
  });

  it('does not read support for a bid as a status', () => {
    expect(memberships("Denmark supports Albania's accession process to the EU.")).toEqual([]);
  });
});

describe('agreements', () => {
  it('keeps a comma list of capitalised words inside a treaty name', () => {
    expect(
      agreements(
        'The Treaty of Friendship, Cooperation and Consultation was signed in Porto Seguro on 22 April 2000.',
        'Brazil–Portugal relations',
      ),
    ).toEqual([{ date: '2000-04-22', title: 'Treaty of Friendship, Cooperation and Consultation', kind: 'other' }]);
  });

  it.each([
    ['A defence cooperation agreement was signed in 2015.', 'defence', 'Defence cooperation agreement', '2015'],
    ['In 2009 the two countries signed a visa facilitation agreement.', 'visa', 'Visa agreement', '2009'],
    [
      'A cultural exchange programme agreement was concluded on 3 May 1999.',
      'cultural',
      'Cultural cooperation agreement',
      '1999-05-03',
    ],
  ])('reads "%s"', (sentence, kind, title, date) => {
    expect(agreements(sentence)).toEqual([{ date, title, kind }]);
  });

  it('titles an agreement of no listed kind by its short topic', () => {
    expect(agreements('In 2020 the two sides signed a treaty on air services.')).toEqual([
      { date: '2020', title: 'Treaty on air services', kind: 'other' },
    ]);
  });

  it('titles a memorandum by its topic, "in" a field included', () => {
    expect(
      agreements('In 2019 the two countries signed a memorandum of understanding on cooperation in tourism.'),
    ).toEqual([{ date: '2019', title: 'Memorandum of understanding on cooperation in tourism', kind: 'other' }]);
  });

  it('names a treaty whose name joins the two adjectives with a dash', () => {
    expect(
      agreements('The German–Polish Border Treaty was signed on 14 November 1990.', 'Germany–Poland relations'),
    ).toEqual([{ date: '1990-11-14', title: 'German–Polish Border Treaty', kind: 'other' }]);
  });

  it('leaves out multilateral treaties both of the pair signed', () => {
    expect(agreements('Both countries signed the Treaty of Lisbon in 2007.')).toEqual([]);
    expect(agreements('Both countries ratified the Paris Agreement in 2016.')).toEqual([]);
  });

  it('leaves out accession instruments, which are not bilateral agreements', () => {
    expect(agreements("Denmark ratified the protocol on Albania's accession to NATO in 2008.")).toEqual([]);
  });

  it('leaves out an agreement between one of the pair and a third country or the EU', () => {
    expect(agreements('Albania signed a trade agreement with Italy in 1995.')).toEqual([]);
    expect(agreements('Albania signed a Stabilisation and Association Agreement with the EU in 2006.')).toEqual([]);
  });
});

describe('visits', () => {
  it('does not make the person of an occasion (an inauguration) someone the visitor met', () => {
    expect(
      visits(
        'Portuguese Prime Minister António Costa traveled to Brasília in 2019 for the inauguration of President Jair Bolsonaro.',
        'Brazil–Portugal relations',
      ),
    ).toEqual([
      {
        date: '2019',
        from: 'PT',
        to: 'BR',
        visitors: [{ name: 'António Costa', office: 'Prime Minister', country: 'PT' }],
        purpose: 'inauguration of President Jair Bolsonaro',
      },
    ]);
  });

  it.each([
    '2010: President Susilo Bambang Yudhoyono addressed the Australian Parliament.',
    'In 2010 President Susilo Bambang Yudhoyono addressed a joint session of the Parliament of Australia.',
  ])('reads a speech to the other country\'s parliament as a visit: "%s"', (sentence) => {
    expect(visits(sentence, 'Australia–Indonesia relations')).toEqual([
      {
        date: '2010',
        from: 'ID',
        to: 'AU',
        visitors: [{ name: 'Susilo Bambang Yudhoyono', office: 'President', country: 'ID' }],
      },
    ]);
  });

  it('reads "paid an official visit to" with the office and the adjective country', () => {
    expect(visits('In October 2014, Albanian Prime Minister Edi Rama paid an official visit to Denmark.')).toEqual([
      {
        date: '2014-10',
        from: 'AL',
        to: 'DK',
        visitors: [{ name: 'Edi Rama', office: 'Prime Minister', country: 'AL' }],
      },
    ]);
  });

  it('reads a host receiving a visitor, and a meeting in a capital', () => {
    expect(visits('Queen Margrethe II visited Tirana in 2010.')[0]).toMatchObject({
      from: 'DK',
      to: 'AL',
      date: '2010',
    });
    expect(
      visits('In 2019 Danish Foreign Minister Jeppe Kofod met Albanian Foreign Minister Gent Cakaj in Copenhagen.')[0],
    ).toMatchObject({
      from: 'AL',
      to: 'DK',
      visitors: [{ name: 'Gent Cakaj', country: 'AL' }],
      counterparts: [{ name: 'Jeppe Kofod', country: 'DK' }],
    });
  });

  it('reads a list under "Prime Ministerial visits from A to B", one visit per year', () => {
    const list =
      'Prime Ministerial visits from Denmark to Albania\n- Prime Minister Anders Fogh Rasmussen (2004, 2008)';
    expect(visits(list).map((v) => [v.date, v.from, v.to, v.visitors[0]?.name, v.visitors[0]?.office])).toEqual([
      ['2004', 'DK', 'AL', 'Anders Fogh Rasmussen', 'Prime Minister'],
      ['2008', 'DK', 'AL', 'Anders Fogh Rasmussen', 'Prime Minister'],
    ]);
  });

  it('gives one visit per year of "visited X in 1994 and 1998"', () => {
    expect(
      visits('Danish Prime Minister Poul Nyrup Rasmussen visited Albania in 1994 and 1998.').map((v) => v.date),
    ).toEqual(['1994', '1998']);
  });

  it('reads a host named in apposition who received the visitor, and the purpose told in the next sentence', () => {
    const [visit] = visits(
      'Edi Rama, Prime Minister of Albania, received the Danish Minister of Trade Morten Bødskov in Tirana on 2 May 2023. The two discussed energy security and investment.',
    );
    expect(visit).toEqual({
      date: '2023-05-02',
      from: 'DK',
      to: 'AL',
      visitors: [{ name: 'Morten Bødskov', office: 'Minister of Trade', country: 'DK' }],
      counterparts: [{ name: 'Edi Rama', office: 'Prime Minister', country: 'AL' }],
      purpose: 'energy security and investment',
    });
  });

  it('takes the person one has "talks with" for the host, and no purpose from a quotation', () => {
    const [talks] = visits(
      'Danish Minister of Trade Morten Bødskov travelled to Tirana in 2023 for talks with Prime Minister Edi Rama on investment.',
    );
    expect(talks).toMatchObject({
      from: 'DK',
      to: 'AL',
      visitors: [{ name: 'Morten Bødskov', country: 'DK' }],
      counterparts: [{ name: 'Edi Rama', office: 'Prime Minister', country: 'AL' }],
      purpose: 'investment',
    });
    const [quoted] = visits(
      'During a visit to Tirana on 3 May 2019, Danish Foreign Minister Anders Samuelsen said: "We intend to deepen our work on energy."',
    );
    expect(quoted).toMatchObject({ date: '2019-05-03', from: 'DK', to: 'AL' });
    expect(quoted?.purpose).toBeUndefined();
  });

  it('keeps a visit told twice once, with two provenances', () => {
    const record = recordOf(
      AL_DK,
      'In 2006, Danish Foreign Minister Per Stig Møller visited Albania.\n\n== Visits ==\nMøller came to Tirana in 2006 as Foreign Minister Per Stig Møller.',
    );
    expect(record.visits).toHaveLength(1);
    expect(record.visits[0]?.provenance).toHaveLength(2);
  });

  it('does not count a meeting in a third country as a visit', () => {
    expect(
      visits('In 2018 Danish Prime Minister Lars Løkke Rasmussen met Albanian Prime Minister Edi Rama in Brussels.'),
    ).toEqual([]);
  });
});

describe('assistance', () => {
  it('reads a purpose with digits inside it ("COVID-19 relief")', () => {
    expect(
      assistance(
        'In 2021 the Netherlands gave €5 million to Suriname for COVID-19 relief.',
        'Netherlands–Suriname relations',
      )[0]?.purpose,
    ).toBe('COVID-19 relief');
  });

  it('reads the country that owns the giving agency as the donor, but not one whose request was granted', () => {
    const sv = (body: string) => assistance(body, 'Sweden–Vietnam relations');
    expect(sv("Sweden's development agency Sida allocated SEK 40 million to Vietnam in 2015.")).toEqual([
      { donor: 'SE', recipient: 'VN', date: '2015', kind: 'grant', money: { amount: 40_000_000, currency: 'SEK' } },
    ]);
    expect(sv("Vietnam's request for aid was granted in 1970 with SEK 5 million.")).toEqual([]);
  });

  it('reads "the British government gave" as the United Kingdom giving, and a purpose before "(2019)"', () => {
    const np = (body: string) => assistance(body, 'Nepal–United Kingdom relations');
    expect(np('After the 2015 earthquake, the British government gave £150,000 in emergency aid to Nepal.')).toEqual([
      {
        donor: 'GB',
        recipient: 'NP',
        date: '2015',
        kind: 'grant',
        money: { amount: 150_000, currency: 'GBP' },
        purpose: 'earthquake relief',
      },
    ]);
    expect(
      assistance(
        'Japan has provided Mongolia with JPY 1.2 billion in grant aid for school construction (2019).',
        'Japan–Mongolia relations',
      )[0]?.purpose,
    ).toBe('school construction');
  });

  it('does not read a promise to buy goods, or a trade deal, as aid', () => {
    const np = (body: string) => assistance(body, 'Nepal–United Kingdom relations');
    expect(np('The Nepalese government promised to buy British goods worth £150,000 in 2015.')).toEqual([]);
    expect(np('The Nepalese government announced a trade deal worth £150,000 with the UK.')).toEqual([]);
  });

  it('does not give "grant aid" as what the aid is for', () => {
    expect(
      assistance('In 1991 Japan extended JPY 2.5 billion in grant aid to Mongolia.', 'Japan–Mongolia relations'),
    ).toEqual([
      { donor: 'JP', recipient: 'MN', date: '1991', kind: 'grant', money: { amount: 2_500_000_000, currency: 'JPY' } },
    ]);
  });

  it('reads a promise of money as aid, dated by the period it covers', () => {
    const aid = (body: string) => bare(recordOf('Netherlands–Suriname relations', body).assistance);
    expect(aid('At independence the Netherlands promised Suriname NLG 3.5 billion.')).toMatchObject([
      { donor: 'NL', recipient: 'SR', money: { amount: 3_500_000_000, currency: 'NLG' } },
    ]);
    expect(
      bare(
        recordOf('Sweden–Vietnam relations', 'Between 1967 and 2010 Sweden gave Vietnam aid worth SEK 45 billion.')
          .assistance,
      ),
    ).toMatchObject([{ donor: 'SE', recipient: 'VN', date: '1967/2010', money: { amount: 45e9, currency: 'SEK' } }]);
  });

  it('reads donor and recipient, money and currency, and a purpose', () => {
    expect(assistance('In 2020 Denmark donated 147 million EUR to Albania for reconstruction.')).toEqual([
      {
        donor: 'DK',
        recipient: 'AL',
        date: '2020',
        kind: 'grant',
        money: { amount: 147_000_000, currency: 'EUR' },
        purpose: 'reconstruction',
      },
    ]);
  });

  it('reads "gave B <amount> in <purpose>" in a former currency', () => {
    expect(
      assistance('In 1997 Germany gave Poland 10 million Deutsche Mark in flood relief.', 'Germany–Poland relations'),
    ).toEqual([
      {
        donor: 'DE',
        recipient: 'PL',
        date: '1997',
        kind: 'grant',
        money: { amount: 10_000_000, currency: 'DEM' },
        purpose: 'flood relief',
      },
    ]);
  });

  it('reads donated goods as aid and nothing else: a year is not a population', () => {
    const record = recordOf('Germany–Poland relations', '== Aid ==\nIn 2022 Germany donated 120 ambulances to Poland.');
    expect(bare(record.assistance)).toEqual([
      { donor: 'DE', recipient: 'PL', date: '2022', kind: 'in-kind', items: [{ item: 'ambulances', quantity: 120 }] },
    ]);
    expect(record.diaspora).toEqual([]);
  });

  it('reads "A\'s development assistance to B totalled ..." and keeps trade and investment out', () => {
    expect(
      assistance(
        "Denmark's development assistance to Albania totalled 20 million euros in 2015. Denmark's exports to Albania amounted to 20 million euros in 2015. Danish investment in Albania reached 50 million euros.",
      ),
    ).toEqual([
      { donor: 'DK', recipient: 'AL', date: '2015', kind: 'grant', money: { amount: 20_000_000, currency: 'EUR' } },
    ]);
  });

  it('reads "received ... from"', () => {
    expect(assistance('Albania received 5 million Danish kroner from Denmark in 2012.')[0]).toMatchObject({
      donor: 'DK',
      recipient: 'AL',
      money: { amount: 5_000_000, currency: 'DKK' },
    });
  });

  it('reads both thousands separators for counted goods', () => {
    for (const written of ['250,000', '250.000']) {
      expect(assistance(`Denmark delivered ${written} vaccine doses to Albania.`)[0]?.items).toEqual([
        { item: 'vaccine doses', quantity: 250_000 },
      ]);
    }
  });

  it('reads the topic of a funded programme as its purpose, and aid "for investment" as aid', () => {
    expect(
      assistance('Denmark funds a programme on water management in Albania worth 12 million DKK.')[0],
    ).toMatchObject({
      kind: 'programme',
      purpose: 'water management',
    });
    expect(assistance('Denmark has given 5 million DKK in grants to Albania for investment.')[0]).toMatchObject({
      kind: 'grant',
      purpose: 'investment',
    });
  });

  it('does not mistake trade volumes for aid', () => {
    expect(assistance('Trade between Denmark and Albania was worth 30 million EUR in 2019.')).toEqual([]);
    expect(assistance('Danish exports to Albania reached 12 million DKK.')).toEqual([]);
  });

  it('leaves out aid to a third country', () => {
    expect(assistance('Denmark donated 2 million EUR to Kosovo in 2008.')).toEqual([]);
  });
});

describe('diaspora', () => {
  it.each([
    ['About 8,000 Albanians live in Denmark.', 8000, true, undefined],
    ['As of 2016, 1,414 Albanians lived in Denmark.', 1414, false, '2016'],
    ['There are around 300 Danes in Albania.', 300, true, undefined],
    ['Denmark is home to an estimated 9,000 people of Albanian descent.', 9000, true, undefined],
    ['Albanians in Denmark number about 8,000.', 8000, true, undefined],
  ])('reads "%s"', (sentence, population, approximate, date) => {
    const [fact] = diaspora(sentence);
    expect(fact).toMatchObject({ population, approximate });
    expect(fact?.date).toBe(date);
  });

  it('keeps the direction: Danes in Albania have Denmark as origin', () => {
    expect(diaspora('There are around 300 Danes in Albania.')[0]).toMatchObject({ origin: 'DK', residence: 'AL' });
  });

  it('reads two figures, one each way, from one sentence', () => {
    expect(
      diaspora(
        'There are around 15,000 Danes living in Norway, and 16,000 Norwegians living in Denmark.',
        'Denmark–Norway relations',
      ).map((d) => [d.origin, d.residence, d.population]),
    ).toEqual([
      ['DK', 'NO', 15_000],
      ['NO', 'DK', 16_000],
    ]);
  });

  it('reads "residents of X were born in Y" with Y as the origin', () => {
    expect(diaspora('According to the 2011 census, 312 residents of Denmark were born in Albania.')).toEqual([
      { origin: 'AL', residence: 'DK', population: 312, approximate: false, date: '2011' },
    ]);
  });

  it.each([
    ['According to the 2011 census, there were 12,345 people of Albanian origin in Denmark.', 'AL', 12_345, false],
    ['There are around 3,000 Danes living in Albania.', 'DK', 3000, true],
    ['Some 1,200 Albanian citizens are currently residing in Denmark.', 'AL', 1200, true],
    ['There are about 20,000 people with Albanian citizenship living in Denmark.', 'AL', 20_000, true],
    ['In 2020, 3,456 Albanians were registered as living in Denmark.', 'AL', 3456, false],
    ['Denmark has an Albanian community of about 5,000.', 'AL', 5000, true],
    ['The number of Albanians in Denmark was 12,000 in 2019.', 'AL', 12_000, false],
    ['Albanian citizens living in Denmark number about 4,000.', 'AL', 4000, true],
  ])('reads "%s"', (sentence, origin, population, approximate) => {
    expect(diaspora(sentence)[0]).toMatchObject({ origin, population, approximate });
  });

  it.each([
    [
      'According to Statistics Sweden, 21,541 people born in Vietnam were living in Sweden in 2022.',
      'Sweden–Vietnam relations',
      'VN',
      'SE',
      21_541,
      '2022',
    ],
    [
      'The 2021 census recorded 87,075 people born in Indonesia living in Australia.',
      'Australia–Indonesia relations',
      'ID',
      'AU',
      87_075,
      '2021',
    ],
  ])('reads the origin from "people born in X": "%s"', (sentence, title, origin, residence, population, date) => {
    expect(diaspora(sentence, title)).toEqual([{ origin, residence, population, approximate: false, date }]);
  });

  it('reads "X is home to about 500 Japanese residents"', () => {
    expect(diaspora('Mongolia is home to about 500 Japanese residents.', 'Japan–Mongolia relations')).toEqual([
      { origin: 'JP', residence: 'MN', population: 500, approximate: true },
    ]);
  });

  it('counts the holders of residence permits as residents', () => {
    expect(
      diaspora('In 2023, 368,449 Brazilian citizens held residence permits in Portugal.', 'Brazil–Portugal relations'),
    ).toEqual([{ origin: 'BR', residence: 'PT', population: 368_449, approximate: false, date: '2023' }]);
  });

  it('reads an -ese adjective as the people when they "live in" the other country', () => {
    for (const sentence of [
      'About 350,000 Surinamese live in the Netherlands.',
      'About 350,000 people of Surinamese origin live in the Netherlands.',
    ])
      expect(diaspora(sentence, 'Netherlands–Suriname relations')).toEqual([
        { origin: 'SR', residence: 'NL', population: 350_000, approximate: true },
      ]);
    expect(
      diaspora('About 350,000 Surinamese guilders went to the Netherlands.', 'Netherlands–Suriname relations'),
    ).toEqual([]);
  });

  it('does not date a figure by the year people arrived after', () => {
    expect(
      diaspora('About 8,000 Albanians live in Denmark, most of whom arrived after 1991.')[0]?.date,
    ).toBeUndefined();
  });

  it('needs a people word: a count of anything else is no diaspora', () => {
    expect(diaspora('In 2022 Denmark donated 120 ambulances to Albania.')).toEqual([]);
    expect(diaspora('In 2019 Denmark sent 40 experts to Albania.')).toEqual([]);
  });

  it('leaves out a diaspora in a third country', () => {
    expect(diaspora('About 40,000 Albanians live in Sweden.')).toEqual([]);
  });
});

describe('phrasings of real articles about other pairs', () => {
  it('reads a title that names Turkey, which the country dataset calls Türkiye', () => {
    expect(recordOf('Greece–Turkey relations', '').countries).toEqual(['GR', 'TR']);
  });

  it('reads a high commission, the embassy of one Commonwealth country in another, as its own kind', () => {
    expect(missions('Kenya has a high commission in Kampala.', 'Kenya–Uganda relations')).toEqual([
      { sender: 'KE', host: 'UG', kind: 'high-commission', city: 'Kampala', residency: 'resident', status: 'open' },
    ]);
  });

  it('reads consulates listed after a comma, and city names with particles', () => {
    expect(
      missions(
        'Canada has an embassy in Mexico City, consulates in Guadalajara and Playa del Carmen.',
        'Canada–Mexico relations',
      ).map((m) => `${m.kind} ${m.city}`),
    ).toEqual(['embassy Mexico City', 'consulate Guadalajara', 'consulate Playa del Carmen']);
  });

  it('reads "A and B established relations, and each opened an embassy in the other\'s capital"', () => {
    expect(
      missions(
        "Canada and Mexico established diplomatic relations in 1944, and each opened an embassy in the other's capital.",
        'Canada–Mexico relations',
      ).map((m) => `${m.sender} ${m.city}`),
    ).toEqual(['CA Mexico City', 'MX Ottawa']);
  });

  it('reads "N hosted M in C": M is the visitor, N the counterpart', () => {
    expect(
      visits(
        'Prime Minister Kyriakos Mitsotakis hosted Erdoğan in Athens on 7 December 2023.',
        'Greece–Turkey relations',
      ),
    ).toEqual([
      {
        date: '2023-12-07',
        from: 'TR',
        to: 'GR',
        visitors: [{ name: 'Erdoğan', country: 'TR' }],
        counterparts: [{ name: 'Kyriakos Mitsotakis', office: 'Prime Minister', country: 'GR' }],
      },
    ]);
  });

  it('knows a person named by surname alone from an earlier sentence of the article', () => {
    expect(
      visits(
        'Indian Prime Minister Narendra Modi spoke in 2014.\n\nIn November 2016, Modi travelled to Tokyo.',
        'India–Japan relations',
      ),
    ).toEqual([
      {
        date: '2016-11',
        from: 'IN',
        to: 'JP',
        visitors: [{ name: 'Narendra Modi', office: 'Prime Minister', country: 'IN' }],
      },
    ]);
  });

  it('reads "N became the first X president to visit Y" and a visit over days of two months', () => {
    expect(
      visits(
        'In December 2017 Recep Tayyip Erdoğan became the first Turkish president to visit Greece in 65 years.',
        'Greece–Turkey relations',
      )[0],
    ).toMatchObject({ date: '2017-12', from: 'TR', visitors: [{ office: 'President', country: 'TR' }] });
    expect(
      visits(
        'In 2014, Toomas Hendrik Ilves became the first Estonian president to visit Finland.',
        'Estonia–Finland relations',
      )[0]?.first,
    ).toBe(true);
    expect(
      visits(
        'Emperor Akihito paid a state visit to India from 30 November to 6 December 2013.',
        'India–Japan relations',
      )[0]?.date,
    ).toBe('2013-11-30/2013-12-06');
  });

  it('does not read a first visit "in 65 years" or "since 1960" as the first ever', () => {
    for (const sentence of [
      'In December 2017 Recep Tayyip Erdoğan became the first Turkish president to visit Greece in 65 years.',
      'Turkish President Abdullah Gül visited Greece in 2010, the first such visit since 1952.',
    ])
      expect(visits(sentence, 'Greece–Turkey relations')[0]?.first).toBeUndefined();
  });

  it('does not read a first visit somewhere else as a first visit to the other country', () => {
    expect(
      visits(
        'Indian Prime Minister Narendra Modi visited Japan in 2014, his first bilateral visit outside South Asia.',
        'India–Japan relations',
      )[0]?.first,
    ).toBeUndefined();
  });

  it('does not read suspended loans as severed relations', () => {
    expect(
      events(
        'Relations cooled after the tests of 1998, when Japan suspended new loans; they were lifted in 2001.',
        'India–Japan relations',
      ),
    ).toEqual([]);
  });

  it('does not give the pair the aid of another giver named in the next sentence', () => {
    expect(
      assistance(
        'Greece sent 21 rescuers to Turkey in 2023. The European Union pledged €1 billion to Turkey for reconstruction.',
        'Greece–Turkey relations',
      ).map((a) => a.donor + (a.money ? ' money' : ' items')),
    ).toEqual(['GR items']);
  });

  it('names an agreement by its proper name, with the date of the signing clause', () => {
    expect(
      agreements(
        'India did not attend the conference in 1951 and instead concluded a separate peace treaty with Japan. A Comprehensive Economic Partnership Agreement was signed in February 2011.',
        'India–Japan relations',
      ),
    ).toEqual([
      { title: 'Peace treaty', kind: 'other' },
      { date: '2011-02', title: 'Comprehensive Economic Partnership Agreement', kind: 'trade' },
    ]);
  });

  it('reads residents born in the other country', () => {
    expect(
      diaspora('The 2010 census counted 191,147 Chilean-born residents in Argentina.', 'Argentina–Chile relations'),
    ).toEqual([{ origin: 'CL', residence: 'AR', population: 191_147, approximate: false, date: '2010' }]);
  });

  it('reads each row of a flattened table on its own, never a year as a count', () => {
    expect(
      diaspora(
        'Danes in Mexico | approx. 1,500 | 2020\nMexicans in Denmark | 2,300 | 2021',
        'Denmark–Mexico relations',
      ),
    ).toEqual([
      { origin: 'DK', residence: 'MX', population: 1500, approximate: true, date: '2020' },
      { origin: 'MX', residence: 'DK', population: 2300, approximate: false, date: '2021' },
    ]);
  });

  it('leaves out relations broken off with others, and reads "they were re-established"', () => {
    expect(
      events(
        'Relations were interrupted when Mexico broke off relations with the Axis in 1942; they were re-established on 9 May 1946.',
        'Denmark–Mexico relations',
      ),
    ).toEqual([{ type: 're-established', date: '1946-05-09' }]);
  });

  it('reads a mission that lasted "until" a year as closed', () => {
    expect(
      missions(
        'Mexico was accredited to Denmark from its embassy in Stockholm until 1990.',
        'Denmark–Mexico relations',
      ),
    ).toMatchObject([{ sender: 'MX', residency: 'non-resident', status: 'closed' }]);
  });

  it('keeps everyone met in a list on the host side', () => {
    expect(
      visits(
        'In 2016, Mexican President Enrique Peña Nieto visited Denmark, where he met with Queen Margrethe II and Prime Minister Lars Løkke Rasmussen.',
        'Denmark–Mexico relations',
      )[0]?.counterparts?.map((p) => `${p.name} ${p.country}`),
    ).toEqual(['Margrethe II DK', 'Lars Løkke Rasmussen DK']);
  });

  it('leaves out a visit by a leader of a third country named after the name', () => {
    expect(
      visits('In 2015, President Xi Jinping of China visited South Korea.', 'Japan–South Korea relations'),
    ).toEqual([]);
  });

  it('reads "paid B X in grants and Y in loans" with the kind of each amount', () => {
    expect(
      assistance(
        'Japan paid South Korea US$ 300 million in grants and US$ 200 million in loans in 1965.',
        'Japan–South Korea relations',
      ).map((a) => `${a.donor}→${a.recipient} ${a.kind} ${a.money?.amount}`),
    ).toEqual(['JP→KR grant 300000000', 'JP→KR other 200000000']);
  });

  it('does not read troops or peacekeepers as aid', () => {
    expect(assistance('South Korea sent 200 peacekeepers to Japan in 2011.', 'Japan–South Korea relations')).toEqual(
      [],
    );
  });

  it('reads resident missions as list items name them', () => {
    expect(
      missions(
        '== Resident diplomatic missions ==\n- Embassy of Finland, Tallinn\n- Estonia has an embassy in Helsinki, as well as consulates in Turku and Oulu.\n- Estonia maintains honorary consuls in Tampere and Vaasa.\n- Finland is represented in Estonia through its embassy in Tallinn and a consulate in Tartu.',
        'Estonia–Finland relations',
      ).map((m) => `${m.sender} ${m.kind} ${m.city}`),
    ).toEqual([
      'FI embassy Tallinn',
      'EE embassy Helsinki',
      'EE consulate Turku',
      'EE consulate Oulu',
      'EE honorary-consulate Tampere',
      'EE honorary-consulate Vaasa',
      'FI consulate Tartu',
    ]);
  });

  it('reads offices written in lower case and "N, then Prime Minister, visited"', () => {
    expect(
      visits(
        'The Finnish foreign minister Pekka Haavisto visited Estonia on 3 May 2021. Juha Sipilä, then Prime Minister, visited Estonia in 2016.',
        'Estonia–Finland relations',
      ).map((v) => `${v.date} ${v.visitors[0]?.office} ${v.visitors[0]?.name}`),
    ).toEqual(['2021-05-03 Foreign Minister Pekka Haavisto', '2016 Prime Minister Juha Sipilä']);
  });

  it('reads two visits told in one sentence, each with its own date and direction', () => {
    expect(
      visits(
        'Turkish Foreign Minister Mevlüt Çavuşoğlu visited Athens on 31 May 2021, and Greek Foreign Minister Nikos Dendias visited Ankara on 15 April 2021.',
        'Greece–Turkey relations',
      ).map((v) => `${v.date} ${v.from}→${v.to} ${v.visitors.map((p) => p.name).join()} ${v.counterparts ?? ''}`),
    ).toEqual(['2021-05-31 TR→GR Mevlüt Çavuşoğlu ', '2021-04-15 GR→TR Nikos Dendias ']);
  });

  it('reads "held talks with ... in C" as a visit to C', () => {
    expect(
      visits(
        'In 2018, Greek Prime Minister Alexis Tsipras held talks with Erdoğan in Ankara.',
        'Greece–Turkey relations',
      ),
    ).toMatchObject([{ date: '2018', from: 'GR', to: 'TR' }]);
  });

  it('reads a former legation as closed, an embassy "since" a year as opened then, and a date after the city', () => {
    const said = (sentence: string) => missions(sentence, 'Estonia–Finland relations');
    expect(said('Finland had a legation in Tallinn from 1920 to 1940.')).toEqual([
      { sender: 'FI', host: 'EE', kind: 'other', city: 'Tallinn', residency: 'resident', status: 'closed' },
    ]);
    expect(said('Finland has had an embassy in Tallinn since 1991.')[0]?.opened).toBe('1991');
    expect(said('Finland opened an embassy in Tallinn on 4 September 1991.')[0]).toMatchObject({
      city: 'Tallinn',
      opened: '1991-09-04',
    });
  });

  it('reads visits from a flattened table under "Visits from A to B", and nothing from other tables', () => {
    expect(
      visits(
        '== High-level visits ==\nVisits from India to Japan\nYear | Visitor | Office\n2014 | Narendra Modi | Prime Minister\n\n== Trade ==\nYear | Exports | Imports\n2019 | 4.5 | 12.1',
        'India–Japan relations',
      ),
    ).toEqual([
      {
        date: '2014',
        from: 'IN',
        to: 'JP',
        visitors: [{ name: 'Narendra Modi', office: 'Prime Minister', country: 'IN' }],
      },
    ]);
  });

  it('takes the country written after a city the dataset does not know', () => {
    expect(
      visits('Prime Minister Narendra Modi visited Osaka, Japan, in June 2019.', 'India–Japan relations'),
    ).toMatchObject([{ date: '2019-06', from: 'IN', to: 'JP' }]);
  });

  it('knows a city the article places a mission in, even when the visit is told first', () => {
    expect(
      visits(
        '== History ==\nIn 2019 Prime Minister Shinzo Abe visited Mumbai.\n\n== Missions ==\nJapan has consulates-general in Mumbai and Chennai.',
        'India–Japan relations',
      ),
    ).toMatchObject([{ date: '2019', from: 'JP', to: 'IN' }]);
  });

  it('does not read how long or how often as the purpose of a visit', () => {
    for (const sentence of [
      'President Sauli Niinistö visited Estonia in 2012 for the first time.',
      'President Sauli Niinistö visited Estonia for three days in 2012.',
    ])
      expect(visits(sentence, 'Estonia–Finland relations')[0]?.purpose).toBeUndefined();
  });

  it('reads "B has one in C" and "each country has an embassy in the other\'s capital"', () => {
    const cities = (sentence: string) =>
      missions(sentence, 'Estonia–Finland relations').map((m) => `${m.sender} ${m.kind} ${m.city}`);
    expect(cities('Estonia has an embassy in Helsinki and Finland has one in Tallinn.')).toEqual([
      'EE embassy Helsinki',
      'FI embassy Tallinn',
    ]);
    expect(cities("Each country has an embassy in the other's capital.")).toEqual([
      'EE embassy Helsinki',
      'FI embassy Tallinn',
    ]);
  });

  it('reads the phrasings issue 10 names: a gapped list of visitors, a possessive glued to a name, amounts in AUD and EC$', () => {
    expect(
      visits('Albanian President Bamir Topi visited Denmark in 2009, Rama in 2014 and Meta in 2018.').map(
        (v) => `${v.date} ${v.visitors[0]?.name}`,
      ),
    ).toEqual(['2009 Bamir Topi', '2014 Rama', '2018 Meta']);
    expect(visits("Aylwin's visit to Denmark in 1991 was the first by an Albanian head of state.")).toMatchObject([
      { date: '1991', from: 'AL', to: 'DK', visitors: [{ name: 'Aylwin' }], first: true },
    ]);
    expect(assistance('In 2015, Denmark donated AUD13.2M to Albania.')[0]?.money).toEqual({
      amount: 13_200_000,
      currency: 'AUD',
    });
    expect(assistance('Denmark provided Albania with aid worth EC$1.5 million in 2010.')[0]?.money).toEqual({
      amount: 1_500_000,
      currency: 'XCD',
    });
  });

  it('reads other verb forms and spellings of events and organisations', () => {
    expect(events('Norway and Sweden agreed to establish diplomatic relations on 3 March 1993.')).toEqual([
      { type: 'established', date: '1993-03-03' },
    ]);
    expect(events('Norway commenced diplomatic relations with Sweden in 1970.')).toEqual([
      { type: 'established', date: '1970' },
    ]);
    expect(events('Sweden broke diplomatic relations with Norway in 1946.')).toEqual([
      { type: 'severed', date: '1946' },
    ]);
    expect(memberships('Denmark is a member of the European union, while Albania is a candidate.')).toEqual([
      { organization: 'EU', statuses: { DK: 'member', AL: 'candidate' } },
    ]);
  });

  it('reads a visit dated as a span of days, and missions listed under a "Resident diplomatic missions" heading', () => {
    expect(
      visits('Danish Prime Minister Lars Løkke Rasmussen paid an official visit to Albania from 7 to 9 March 2013.')[0]
        ?.date,
    ).toBe('2013-03-07/2013-03-09');
    expect(
      missions(
        '== Resident diplomatic missions ==\n- Albania: embassy in Copenhagen\n- Denmark has a high commission in Tirana.',
      ).map((m) => `${m.sender} ${m.kind} ${m.city}`),
    ).toEqual(['AL embassy Copenhagen', 'DK high-commission Tirana']);
  });

  it('dates a visit told "the same year" by the sentence before, and reads "welcomed X to Japan" and "then Israel\'s Foreign Minister"', () => {
    expect(
      visits(
        'Embassies opened in Tel Aviv and Manila in 1962. The same year, Golda Meir, then Foreign Minister, visited Manila, where President Diosdado Macapagal received her.',
        'Israel–Philippines relations',
      ),
    ).toEqual([
      {
        date: '1962',
        from: 'IL',
        to: 'PH',
        visitors: [{ name: 'Golda Meir', office: 'Foreign Minister', country: 'IL' }],
        counterparts: [{ name: 'Diosdado Macapagal', office: 'President', country: 'PH' }],
      },
    ]);
    expect(
      visits(
        'In May 2009 Emperor Akihito welcomed Tongan Prime Minister Feleti Sevele to Japan.',
        'Japan–Tonga relations',
      )[0],
    ).toMatchObject({ date: '2009-05', from: 'TO', to: 'JP', visitors: [{ name: 'Feleti Sevele' }] });
    expect(
      visits(
        "In December 1963 Golda Meir, then Israel's Foreign Minister, met Kenyan Prime Minister Jomo Kenyatta in Nairobi.",
        'Israel–Kenya relations',
      )[0],
    ).toMatchObject({ from: 'IL', to: 'KE', visitors: [{ name: 'Golda Meir', country: 'IL' }] });
  });

  it('leaves out what third countries do: relations they establish with one of the pair, aid they give', () => {
    expect(events('China and Sweden established diplomatic relations in 1950.')).toEqual([]);
    expect(
      assistance(
        'In 2018 Denmark gave Albania 5 million euros. The United States gave Albania $50 million in 2019.',
      ).map((a) => `${a.donor} ${a.money?.amount}`),
    ).toEqual(['DK 5000000']);
  });
});
