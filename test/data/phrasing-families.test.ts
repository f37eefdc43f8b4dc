// Families of phrasings real articles use, each with two or three variants in our own words, and the facts each
// must (or must not) give: a family is covered by one rule or lexicon line, not fitted to one sentence.
import { describe, expect, it } from 'vitest';
import { bare, recordOf } from './article.ts';

const visits = (body: string, title: string) => bare(recordOf(title, body).visits);

describe('every tense of a pattern verb', () => {
  it.each([
    ['Norwegian Prime Minister Erna Solberg spoke to the Swedish parliament on 3 May 2016.', '2016-05-03'],
    ['Norwegian Prime Minister Erna Solberg flew to Sweden in June 2015.', '2015-06'],
    ['Norwegian Prime Minister Erna Solberg returned to Sweden in 2017.', '2017'],
  ])('reads "%s" (irregular past tenses of the verbs the visit rules name)', (sentence, date) => {
    expect(visits(sentence, 'Norway–Sweden relations')).toEqual([
      { date, from: 'NO', to: 'SE', visitors: [{ name: 'Erna Solberg', office: 'Prime Minister', country: 'NO' }] },
    ]);
  });
});

const assistance = (body: string, title: string) => bare(recordOf(title, body).assistance);
const line = (a: { date?: string; donor: string; recipient: string; kind: string; money?: { amount: number } }) =>
  `${a.date ?? '?'} ${a.donor}>${a.recipient} ${a.kind} ${a.money?.amount ?? ''}`.trim();

describe('aid amounts listed under an intro line', () => {
  it.each([
    [
      'Development assistance from Japan in 2008 was made up of:\n- Loans: 215.7 billion yen\n- Grants: 102.5 billion yen\n- Technical cooperation: 90.8 billion yen',
    ],
    [
      "Japan's aid to Kenya in 2008 came in three forms:\n- Grants: 102.5 billion yen\n- Loans: 215.7 billion yen (US$1.8 billion)\n- Technical cooperation: 90.8 billion yen",
    ],
  ])('reads one aid per item, its kind from the label and the giver and date from the intro', (body) => {
    expect(assistance(body, 'Japan–Kenya relations').map(line).sort()).toEqual([
      '2008 JP>KE grant 102500000000',
      '2008 JP>KE other 215700000000',
      '2008 JP>KE programme 90800000000',
    ]);
  });

  it('reads no aid from a list of trade figures, nor from items whose intro names no aid', () => {
    expect(
      assistance(
        'Trade between Japan and Kenya in 2008 was made up of:\n- Exports: 215.7 billion yen\n- Imports: 102.5 billion yen',
        'Japan–Kenya relations',
      ),
    ).toEqual([]);
    expect(
      assistance(
        'Japanese companies in Kenya:\n- Toyota: 5 billion yen\n- Nissan: 2 billion yen',
        'Japan–Kenya relations',
      ),
    ).toEqual([]);
  });
});

describe('several amounts in one sentence, each with its own date', () => {
  it.each([
    [
      'The programme has received 159 million DKK, and another 73 million DKK in 2004.',
      ['2004 73000000', '? 159000000'],
    ],
    [
      'In 2009 Denmark said it would lower its aid to Albania from about DKK 35 million that year to about DKK 26 million in 2010.',
      ['2009 35000000', '2010 26000000'],
    ],
    ['Denmark gave Albania 12 million DKK in 2001 and 9 million DKK in 2003.', ['2001 12000000', '2003 9000000']],
  ])('reads "%s"', (body, lines) => {
    const found = assistance(
      `==Development assistance==\nDenmark helps Albania build schools. ${body}`,
      'Albania–Denmark relations',
    );
    expect(found.map((a) => `${a.date ?? '?'} ${a.money?.amount}`).sort()).toEqual(lines);
  });

  it('reads "the 1990s" as the decade', () => {
    expect(
      assistance(
        'During the 1990s Denmark gave $1.8 million to Albania for mine clearance.',
        'Albania–Denmark relations',
      )[0]?.date,
    ).toBe('1990/1999');
  });

  it('reads a giver\'s aid "of" or "from" an amount, but not aid given to a third country', () => {
    expect(
      assistance('In 2012 Danish aid of DKK 40 million went to Albanian schools.', 'Albania–Denmark relations').map(
        line,
      ),
    ).toEqual(['2012 DK>AL grant 40000000']);
    expect(
      assistance('In 2012 aid from Denmark to Kosovo of DKK 40 million went to schools.', 'Albania–Denmark relations'),
    ).toEqual([]);
    expect(
      assistance(
        'Between 1967 and 2010 Sweden gave Vietnam development assistance worth SEK 45 billion.',
        'Sweden–Vietnam relations',
      ).map(line),
    ).toEqual(['1967/2010 SE>VN grant 45000000000']);
  });
});

const agreements = (body: string, title = 'Albania–Denmark relations') =>
  bare(recordOf(title, body).agreements).map((a) => `${a.date ?? '?'} ${a.kind}`);

describe('agreements: the scope and the money of an instrument', () => {
  it.each([
    ['In 2019 the two countries signed an agreement covering trade, security and culture.', '2019 other'],
    [
      'A new agreement signed by Albania and Denmark in 2023 backs cooperation in health, energy and education.',
      '2023 other',
    ],
    ['In 2010 the two countries signed a trade and cultural pact.', '2010 trade'],
    ['An agreement on culture, education and sport was signed in 2005.', '2005 cultural'],
  ])('reads a scope of three fields or more as a general agreement: "%s"', (body, line) => {
    expect(agreements(body)).toEqual([line]);
  });

  it.each([
    ['On 3 May 2015 Albania and Denmark signed a 5-million-euro agreement for water supply.', '2015-05-03 aid'],
    ['In 2015 Albania and Denmark signed an agreement worth €5 million for rural schools.', '2015 aid'],
    ['In 2015 Albania and Denmark signed a 5-million-euro trade agreement.', '2015 trade'],
  ])('reads an instrument of money, of no other kind, as aid: "%s"', (body, line) => {
    expect(agreements(body)).toEqual([line]);
  });
});

describe('agreements in place, with no verb of making them', () => {
  it.each([
    ['A trade pact between the two countries governs the import of grain.', ['? trade']],
    [
      'A settlement treaty and an arbitration treaty between Albania and Denmark followed on 3 May 1931.',
      ['1931-05-03 other', '1931-05-03 other'],
    ],
    ['Under an agreement with the Albanian government, Danish troops may train in Albania.', ['? defence']],
  ])('reads "%s"', (body, lines) => {
    expect(agreements(body)).toEqual(lines);
  });

  it.each([
    'Talks on a free trade agreement between the two countries began in 2015.',
    'A proposed treaty between Albania and Denmark was shelved in 2015.',
    'Under an agreement with the Italian government, Danish ships may dock in Bari.',
    'Under an agreement with the Albanian government, the ships may dock in Durrës.',
  ])('reads no agreement of the pair from "%s"', (body) => {
    expect(agreements(body)).toEqual([]);
  });

  it('reads the items of a list in an agreements section, one each, and not those of another section or a plan', () => {
    const list =
      '- Friendship Agreement (1938)\n- Agreement on cultural cooperation (2005)\n- Treaty on air services (2012)\n- Talks on a visa agreement (2015)';
    expect(agreements(`==Bilateral agreements==\n${list}`)).toEqual(['1938 other', '2005 cultural', '2012 other']);
    expect(agreements(`==History==\n${list}`)).toEqual([]);
  });
});

const visitLines = (body: string, title = 'Norway–Sweden relations') =>
  visits(body, title).map((v) => `${v.date} ${v.from}>${v.to} ${v.visitors.map((p) => p.name).join('+')}`);

describe('dates told relative to the one before', () => {
  it.each([
    [
      'Swedish Prime Minister Olof Palme visited Norway in March 1975. A month later Norwegian Prime Minister Trygve Bratteli came to Sweden.',
      '1975-04 NO>SE Trygve Bratteli',
    ],
    [
      'Swedish Prime Minister Olof Palme visited Norway on 30 December 1975. Two days later Norwegian Prime Minister Trygve Bratteli came to Sweden.',
      '1976-01-01 NO>SE Trygve Bratteli',
    ],
    [
      'Swedish Prime Minister Olof Palme visited Norway in 1975. The following year Norwegian Prime Minister Trygve Bratteli travelled to Sweden.',
      '1976 NO>SE Trygve Bratteli',
    ],
  ])('resolves the second visit of "%s"', (body, second) => {
    expect(visitLines(body)).toContain(second);
  });

  it('gives no date where the earlier one is too coarse, and prefers a date written beside the relative one', () => {
    expect(
      visitLines(
        'Swedish Prime Minister Olof Palme visited Norway in 1975. A month later Norwegian Prime Minister Trygve Bratteli came to Sweden.',
      ),
    ).toEqual(['1975 SE>NO Olof Palme']);
    expect(
      bare(
        recordOf(
          'Norway–Sweden relations',
          'Sweden recognised Norway on 16 January 1906, and the two established diplomatic relations three months later, on 15 April 1906.',
        ).events,
      ),
    ).toContainEqual({ type: 'established', date: '1906-04-15' });
  });
});

describe('visits to an occasion of the other state, and who made them', () => {
  it.each([
    'Erna Solberg, then Prime Minister of Norway, was present at the coronation of King Carl XVI Gustaf of Sweden in 1973.',
    'Norwegian Prime Minister Erna Solberg attended the funeral of King Carl XVI Gustaf of Sweden in 1973.',
    'Erna Solberg, the Prime Minister of Norway, attended the state funeral of the Swedish King Carl XVI Gustaf in 1973.',
  ])('reads "%s"', (body) => {
    expect(visitLines(body)).toEqual(['1973 NO>SE Erna Solberg']);
  });

  it('reads a visitor whose name runs to six words', () => {
    expect(
      visitLines(
        'The Bhutanese monarch, Druk Gyalpo Jigme Khesar Namgyal Wangchuck, paid a state visit to Japan in 2011.',
        'Bhutan–Japan relations',
      ),
    ).toEqual(['2011 BT>JP Druk Gyalpo Jigme Khesar Namgyal Wangchuck']);
  });
});

describe('people referred to without their name', () => {
  it.each([
    ['Norwegian Prime Minister Erna Solberg spoke in Oslo in 2014. In 2016 she travelled to Sweden.', '2016'],
    [
      'Norwegian Prime Minister Erna Solberg met students in Oslo in March 2014. A year later she visited Sweden.',
      '2015',
    ],
    [
      'Norwegian Prime Minister Erna Solberg spoke in Oslo in 2014.\n\nIn 2016 the Norwegian Prime Minister addressed the Swedish parliament.',
      '2016',
    ],
  ])('reads the visitor of "%s" as the person named before', (body, date) => {
    expect(visitLines(body)).toEqual([`${date} NO>SE Erna Solberg`]);
  });

  it('leaves "she" alone when the sentence before names two people, or a name comes before it', () => {
    expect(
      visitLines(
        'Norwegian Prime Minister Erna Solberg met Swedish Prime Minister Stefan Löfven in Oslo in 2014. In 2016 she travelled to Sweden.',
      ),
    ).toEqual(['2014 SE>NO Stefan Löfven']);
    expect(
      visitLines(
        'Norwegian Prime Minister Erna Solberg spoke in Oslo in 2014. In 2016 Jonas Gahr Støre said she had travelled to Sweden.',
      ),
    ).toEqual([]);
  });
});

describe('aid in work and know-how, and who gives it', () => {
  const fj = (body: string) =>
    assistance(body, 'Fiji–India relations').map((a) => `${a.date ?? '?'} ${a.donor}>${a.recipient} ${a.kind}`);

  it.each([
    'In 2005 Indian High Commissioner Ajay Singh said his country had offered technical expertise to Fiji.',
    'In 2005 Ajay Singh, the High Commissioner of India, said that his country had provided expertise for the sugar industry.',
  ])('reads "his country" as the country of the person named before it: "%s"', (body) => {
    expect(fj(body)).toEqual(['2005 IN>FJ in-kind']);
  });

  it.each([
    [
      "During the visit in 2014 Mexico donated US$500,000 and promised to rebuild St. Jude's Hospital in Castries.",
      ['2014 MX>LC grant', "2014 MX>LC in-kind rebuilding St. Jude's Hospital"],
    ],
    ['In 2015 Mexico pledged to build a school in Saint Lucia.', ['2015 MX>LC in-kind building a school']],
    [
      'In 1963 Mexico undertook to train Saint Lucian nurses under a programme of its foreign ministry.',
      ['2015 MX>LC programme training Saint Lucian nurses'.replace('2015', '1963')],
    ],
  ])('reads work pledged for the other side: "%s"', (body, lines) => {
    expect(
      assistance(body, 'Mexico–Saint Lucia relations').map(
        (a) => `${a.date ?? '?'} ${a.donor}>${a.recipient} ${a.kind}${a.kind === 'grant' ? '' : ` ${a.purpose}`}`,
      ),
    ).toEqual(lines);
  });

  it.each([
    'In 2015 Mexico promised to build its new embassy in Castries with aid money.',
    'In 2015 Mexico agreed to build a pipeline to Saint Lucia under a loan.',
    'In 2015 Cuba pledged to build a school in Saint Lucia as part of its aid.',
  ])('reads no pledged aid of the pair from "%s"', (body) => {
    expect(assistance(body, 'Mexico–Saint Lucia relations')).toEqual([]);
  });
});
