// The building blocks: article shape, tokens and sentences, dates, numbers, money and the country lexicon.
import { describe, expect, it } from 'vitest';
import { lookupCountry, pairOfTitle } from '../../data/ingest/index.ts';
import { lexicon } from '../../data/ingest/lexicon/lexicon.ts';
import { tagTokens } from '../../data/ingest/read-article.ts';
import { numberValue } from '../../data/ingest/tag/tag-amounts.ts';
import { parseArticle } from '../../data/ingest/text/parse-article.ts';
import { splitSentences } from '../../data/ingest/text/split-sentences.ts';
import { tokenize } from '../../data/ingest/text/tokenize.ts';

/** The tagged tokens of one sentence. */
const tagged = (text: string, pair: string[] = []) =>
  tagTokens(tokenize(text, 0, text.length, lexicon().lemmaOf), pair);
const findDates = (text: string) =>
  tagged(text)
    .all('DATE')
    .map((d) => ({ edtf: d.value.edtf }));
const findMoney = (text: string, pair: string[] = []) =>
  tagged(text, pair)
    .all('MONEY')
    .map((m) => m.value);
const sentencesOf = (text: string) =>
  splitSentences(tokenize(text), false).map((s) => text.slice(s.content[0]?.start, s.content.at(-1)?.end));

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
    expect(sentencesOf(text)).toEqual(['Mr. J. F. Smith paid 1.5 million.', 'He left on 3 Jan. 2001.', 'Done!']);
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
    ['from 7 to 9 March 2013', '2013-03-07/2013-03-09'],
    ['on the 7th of March, 2013', '2013-03-07'],
  ])('reads "%s" as %s', (text, edtf) => {
    expect(findDates(text).map((d) => d.edtf)).toEqual([edtf]);
  });

  it('does not read counts or amounts as years, and reads a decade as its period, not a year', () => {
    expect(findDates('2,000 blankets, 1500 troops, 250.000 doses, €2019, the 1995s')).toEqual([]);
    expect(findDates('during the 1990s').map((d) => d.edtf)).toEqual(['1990/1999']);
  });
});

describe('numberValue', () => {
  it.each([
    ['250.000', 250_000],
    ['250,000', 250_000],
    ['1,414', 1414],
    ['1.5', 1.5],
    ['2,5', 2.5],
    ['1,234.56', 1234.56],
    ['three', 3],
  ])('reads %s as %d', (written, value) => {
    expect(/^\d/.test(written) ? numberValue(written) : tagged(written).all('NUMBER')[0]?.value.value).toBe(value);
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
    ['AUD13.2M', 13_200_000, 'AUD'],
    ['EC$1.5 million', 1_500_000, 'XCD'],
    ['F$86 million', 86_000_000, 'FJD'],
    ['Kes.82 million', 82_000_000, 'KES'],
  ])('reads "%s"', (text, amount, currency) => {
    expect(findMoney(text)).toEqual([{ amount, currency }]);
  });

  it('reads a bare $ as the dollar of the pair where one uses a dollar, else as US dollars', () => {
    expect(findMoney('$68 million', ['AU', 'FJ'])[0]?.currency).toBe('AUD');
    expect(findMoney('$68 million', ['JP', 'KE'])[0]?.currency).toBe('USD');
    expect(findMoney('US$68 million', ['AU', 'FJ'])[0]?.currency).toBe('USD');
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
    expect(lexicon().countries.size).toBeGreaterThanOrEqual(249);
  });

  it('knows names, official names, spellings, adjectives, demonyms, capitals and codes', () => {
    const mentions = tagged(
      "The Kingdom of Denmark, Danes, Albanians, the Norwegian king, Côte d'Ivoire, the United States and DK.",
      ['AL', 'DK'],
    ).all('COUNTRY');
    expect(mentions.map((m) => [m.value.code, m.value.form])).toEqual([
      ['DK', 'name'],
      ['DK', 'people'],
      ['AL', 'people'],
      ['NO', 'adjective'],
      ['CI', 'name'],
      ['US', 'name'],
      ['DK', 'code'],
    ]);
    expect(tagged('Reykjavík').all('CITY')[0]?.value.country).toBe('IS');
    expect(lookupCountry('DNK')).toBe('DK');
  });

  it('reads a possessive as the country, the "\'s" a token of its own', () => {
    const sentence = tagged("Denmark's embassy");
    const [denmark] = sentence.all('COUNTRY');
    expect(denmark?.value.code).toBe('DK');
    expect(sentence.text(denmark?.start ?? 0, denmark?.end ?? 0)).toBe('Denmark');
    expect(sentence.tokens[denmark?.end ?? 0]?.text).toBe("'s");
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

describe('the word-forms table', () => {
  it('gives every form of a pattern word its dictionary form', () => {
    const lemmas = tokenize(
      're-established broke commenced agreed embassies consulates-general organisations travelled',
      0,
      200,
      lexicon().lemmaOf,
    ).map((t) => t.lemma);
    expect(lemmas).toEqual([
      're-establish',
      'break',
      'commence',
      'agree',
      'embassy',
      'consulate-general',
      'organization',
      'travel',
    ]);
  });
});
