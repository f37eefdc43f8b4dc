// The building blocks: article shape, sentences, dates, quantities and money.
import { describe, expect, it } from 'vitest';
import { countryLexicon, countryOfCity, lookupCountry } from '../../data/ingest/country-lexicon.ts';
import { findCountryMentions } from '../../data/ingest/find-country-mentions.ts';
import { pairOfTitle } from '../../data/ingest/index.ts';
import { parseArticle } from '../../data/ingest/parse-article.ts';
import { findDates } from '../../data/ingest/parse-date.ts';
import { findMoney } from '../../data/ingest/parse-money.ts';
import { parseNumber } from '../../data/ingest/parse-quantity.ts';
import { splitSentences } from '../../data/ingest/split-sentences.ts';

describe('parseArticle', () => {
  const text =
    '= A–B relations =\r\n\nFirst line\nsame paragraph.\n\n==Visits==\n- one\n* two\n\n== Visits ==\nAgain.\n';
  const article = parseArticle(text);

  it('reads the title, both heading styles and repeated headings', () => {
    expect(article.title).toBe('A–B relations');
    expect(article.sections.map((s) => s.heading)).toEqual([undefined, 'Visits', 'Visits']);
  });

  it('joins lines into paragraphs and keeps list items apart, with offsets and line numbers', () => {
    const [lead, visits] = article.sections;
    expect(lead?.blocks).toEqual([
      { kind: 'paragraph', text: 'First line\nsame paragraph.', start: 20, end: 46, line: 3 },
    ]);
    expect(visits?.blocks.map((b) => [b.kind, b.text, b.line, text.slice(b.start, b.end)])).toEqual([
      ['item', 'one', 7, 'one'],
      ['item', 'two', 8, 'two'],
    ]);
  });

  it('has no title when the first line is not "= Title ="', () => {
    expect(parseArticle('== Only a section ==\ntext').title).toBeUndefined();
  });
});

describe('splitSentences', () => {
  it('does not split after abbreviations, initials or inside numbers', () => {
    const text = 'Mr. J. F. Smith paid 1.5 million. He left on 3 Jan. 2001. Done!';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Mr. J. F. Smith paid 1.5 million.',
      'He left on 3 Jan. 2001.',
      'Done!',
    ]);
  });
});

describe('findDates', () => {
  it.each([
    ['on 7 November 1905', '1905-11-07'],
    ['on May 29, 1971', '1971-05-29'],
    ['in May 2012', '2012-05'],
    ['in 1970', '1970'],
    ['from 1992–2003', '1992/2003'],
    ['on 1971-06-23', '1971-06-23'],
    ['on 12–14 March 2015', '2015-03-12/2015-03-14'],
    ['between 1967 and 2010', '1967/2010'],
    ['from 1992 to 1995', '1992/1995'],
    ['in 2021–22', '2021/2022'],
    ['in 1998-99', '1998/1999'],
  ])('reads "%s" as %s', (text, edtf) => {
    expect(findDates(text).map((d) => d.edtf)).toEqual([edtf]);
  });

  it('does not read decades, counts or amounts as years', () => {
    expect(findDates('the 1990s, 2,000 blankets, 1500 troops, 250.000 doses, €2019')).toEqual([]);
  });
});

describe('parseNumber', () => {
  it.each([
    ['250.000', 250_000],
    ['250,000', 250_000],
    ['1,414', 1414],
    ['1.5', 1.5],
    ['2,5', 2.5],
    ['1,234.56', 1234.56],
    ['three', 3],
  ])('reads %s as %d', (written, value) => {
    expect(parseNumber(written)).toBe(value);
  });
});

describe('findMoney', () => {
  it.each([
    ['3 million DKK', 3_000_000, 'DKK'],
    ['a 2 Million euro package', 2_000_000, 'EUR'],
    ['147 million EUR', 147_000_000, 'EUR'],
    ['€2m', 2_000_000, 'EUR'],
    ['US$ 1.5 billion', 1_500_000_000, 'USD'],
    ['5 million Danish kroner', 5_000_000, 'DKK'],
    ['NOK 20 million', 20_000_000, 'NOK'],
    ['10 million Swedish kronor', 10_000_000, 'SEK'],
    ['10 million Deutsche Mark', 10_000_000, 'DEM'],
    ['DM 5 million', 5_000_000, 'DEM'],
    ['20 million French francs', 20_000_000, 'FRF'],
    ['1.2 million Finnish markka', 1_200_000, 'FIM'],
    ['ECU 3 million', 3_000_000, 'XEU'],
    ['50 million Austrian schillings', 50_000_000, 'ATS'],
    ['100 million pesetas', 100_000_000, 'ESP'],
    ['₹500 crore', 5_000_000_000, 'INR'],
    ['NLG 3.5 billion', 3_500_000_000, 'NLG'],
    ['3 billion rupiah', 3_000_000_000, 'IDR'],
    ['10 million hryvnias', 10_000_000, 'UAH'],
    ['2 billion tugriks', 2_000_000_000, 'MNT'],
    ['20 billion đồng', 20_000_000_000, 'VND'],
    ['5 million baht', 5_000_000, 'THB'],
    ['10 million new shekels', 10_000_000, 'ILS'],
    ['5 million eur', 5_000_000, 'EUR'],
  ])('reads "%s"', (text, amount, currency) => {
    expect(findMoney(text).map(({ amount, currency }) => ({ amount, currency }))).toEqual([{ amount, currency }]);
  });

  it('resolves an ambiguous unit by the pair: kroner in a Norwegian article are NOK', () => {
    expect(findMoney('20 million kroner', ['NO', 'SE'])[0]?.currency).toBe('NOK');
  });

  it('reads a unit a former currency shared by the pair: marks in a German article are DEM', () => {
    expect(findMoney('5 million marks', ['DE', 'PL'])[0]?.currency).toBe('DEM');
    expect(findMoney('5 million Kenyan shillings', ['KE', 'UG'])[0]?.currency).toBe('KES');
  });
});

describe('the country lexicon', () => {
  it('comes from the world-countries dataset, not a short hand list', () => {
    expect(countryLexicon().countries.size).toBeGreaterThanOrEqual(249);
  });

  it('knows names, official names, spellings, adjectives, demonyms, capitals and codes', () => {
    const mentions = findCountryMentions(
      "The Kingdom of Denmark, Danes, Albanians, the Norwegian king, Côte d'Ivoire, the United States and DK.",
      ['AL', 'DK'],
    );
    expect(mentions.map((m) => [m.code, m.form])).toEqual([
      ['DK', 'name'],
      ['DK', 'people'],
      ['AL', 'people'],
      ['NO', 'adjective'],
      ['CI', 'name'],
      ['US', 'name'],
      ['DK', 'code'],
    ]);
    expect(countryOfCity('Reykjavík')).toBe('IS');
    expect(lookupCountry('DNK')).toBe('DK');
  });

  it('reads a possessive as the country', () => {
    expect(findCountryMentions("Denmark's embassy")[0]).toMatchObject({
      code: 'DK',
      text: 'Denmark',
      possessive: true,
    });
  });
});

describe('pairOfTitle', () => {
  it.each([
    ['Albania–Denmark relations', ['AL', 'DK']],
    ['Estonia-Finland relations', ['EE', 'FI']],
    ['Guinea-Bissau–Portugal relations', ['GW', 'PT']],
    ['Bosnia and Herzegovina–Serbia relations', ['BA', 'RS']],
    ['Kosovo–Norway relations', ['XK', 'NO']],
    ["People's Republic of China–United States relations", ['CN', 'US']],
  ])('reads "%s"', (title, pair) => {
    expect(pairOfTitle(title)).toEqual(pair);
  });

  it('finds no pair in a title that names one country or none', () => {
    expect(pairOfTitle('Foreign relations of Denmark')).toBeUndefined();
    expect(pairOfTitle('Atlantis–Denmark relations')).toBeUndefined();
  });
});
