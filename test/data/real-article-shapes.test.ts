// Fixture articles shaped like real bilateral-relations articles, written for these tests: every fact, nothing more.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../data/ingest/index.ts';
import { RelationsRecord as RecordSchema, type RelationsRecord } from '../../data/schema/index.ts';
import { fixture } from './article.ts';
import { compact } from './compact-facts.ts';

const ingest = (name: string): RelationsRecord => {
  const result = ingestArticle(fixture(name));
  expect(result.errors).toEqual([]);
  expect(RecordSchema.safeParse(result.record).success).toBe(true);
  return result.record as RelationsRecord;
};

describe('India–Japan (date intervals, surnames told once, a loan, third-country accreditation left out)', () => {
  it('gives exactly the facts the article states, and none about third countries', () => {
    expect(compact(ingest('india-japan'))).toEqual({
      events: ['established 1952-04-28'],
      missions: [
        'IN→JP embassy in Tokyo resident open',
        'IN→JP consulate-general in Osaka resident open',
        'JP→IN embassy in New Delhi resident open',
        'JP→IN consulate-general in Mumbai resident open',
        'JP→IN consulate-general in Kolkata resident open',
        'JP→IN consulate-general in Chennai resident open',
        'JP→IN consulate-general in Bengaluru resident open',
      ],
      memberships: [
        'Non-Aligned Movement: IN member',
        'G20: IN member, JP member',
        'East Asia Summit: IN member, JP member',
        'Quad: IN member, JP member',
      ],
      agreements: [
        '? other "Peace treaty"',
        '2011-02 trade "Comprehensive Economic Partnership Agreement"',
        '2016-11-11 other "Agreement for Cooperation in the Peaceful Uses of Nuclear Energy"',
        '2020-09 defence "Defence cooperation agreement"',
      ],
      visits: [
        '2000-08 JP→IN Prime Minister Yoshiro Mori (JP)',
        '2013-11-30/2013-12-06 JP→IN Emperor Akihito (JP), Empress Michiko (JP)',
        '2014-08-30/2014-09-03 IN→JP Prime Minister Narendra Modi (IN)',
        '2016-11 IN→JP Prime Minister Narendra Modi (IN) to sign the civil nuclear agreement',
        '2022-03 JP→IN Prime Minister Fumio Kishida (JP)',
      ],
      assistance: ['2017 JP→IN other 1000000000000 JPY', '2011 IN→JP in-kind 25 tonnes of blankets'],
      diaspora: ['IN in JP: ~43000 (2022)', 'JP in IN: ~8000'],
    });
  });
});

describe('Canada–Mexico ("each opened an embassy", a host who receives the visitor, trade that is not aid)', () => {
  it('gives exactly the facts the article states, and none about third countries', () => {
    expect(compact(ingest('canada-mexico'))).toEqual({
      events: ['established 1944'],
      missions: [
        'MX→CA consulate resident opened 1905 open',
        'CA→MX embassy in Mexico City resident open',
        'MX→CA embassy in Ottawa resident open',
        'CA→MX consulate in Guadalajara resident open',
        'CA→MX consulate in Monterrey resident open',
        'CA→MX consulate in Playa del Carmen resident open',
        'MX→CA consulate-general in Calgary resident open',
        'MX→CA consulate-general in Montreal resident open',
        'MX→CA consulate-general in Toronto resident open',
        'MX→CA consulate-general in Vancouver resident open',
      ],
      memberships: [
        'OAS: CA member, MX member',
        'G20: CA member, MX member',
        'APEC: CA member, MX member',
        'OECD: CA member, MX member',
        'UN: CA member, MX member',
      ],
      agreements: [],
      visits: [
        '2016-06 MX→CA President Enrique Peña Nieto (MX) meeting Prime Minister Justin Trudeau (CA)',
        '2017-10 CA→MX Prime Minister Justin Trudeau (CA)',
        '2023-01 CA→MX Prime Minister Justin Trudeau (CA) meeting President Andrés Manuel López Obrador (MX)',
      ],
      assistance: ['2017 CA→MX grant 1000000 CAD for humanitarian aid'],
      diaspora: ['MX in CA: 128485 (2021)', 'CA in MX: ~60000'],
    });
  });
});

describe("Greece–Turkey (Turkey by its common name, consulate lists after a comma, another giver's aid left out)", () => {
  it('gives exactly the facts the article states, and none about third countries', () => {
    expect(compact(ingest('greece-turkey'))).toEqual({
      events: [],
      missions: [
        'GR→TR embassy in Ankara resident open',
        'GR→TR consulate-general in Istanbul resident open',
        'GR→TR consulate-general in İzmir resident open',
        'GR→TR consulate-general in Edirne resident open',
        'TR→GR embassy in Athens resident open',
        'TR→GR consulate-general in Thessaloniki resident open',
        'TR→GR consulate-general in Komotini resident open',
        'TR→GR consulate-general in Rhodes resident open',
      ],
      memberships: [
        'NATO: GR member, TR member',
        'Council of Europe: GR member, TR member',
        'OSCE: GR member, TR member',
        'Union for the Mediterranean: GR member, TR member',
        'BSEC: GR member, TR member',
        'EU: GR member, TR candidate',
      ],
      agreements: [
        '1930-10 other "Treaty of friendship"',
        '2023-12-07 other "Athens Declaration on Friendly Relations and Good-Neighbourliness"',
      ],
      visits: [
        '1930-10 GR→TR Prime Minister Eleftherios Venizelos (GR)',
        '2017-12 TR→GR President Recep Tayyip Erdoğan (TR)',
        '2023-02 GR→TR Foreign Minister Nikos Dendias (GR)',
        '2023-12-07 TR→GR Erdoğan (TR) meeting Prime Minister Kyriakos Mitsotakis (GR)',
        '2024-05-13 GR→TR Prime Minister Kyriakos Mitsotakis (GR)',
      ],
      assistance: [
        '1999-08 GR→TR in-kind rescue teams for earthquake relief',
        '2023-02 GR→TR in-kind 21 rescuers + 2 search dogs + 80 tonnes of medical supplies for earthquake relief',
      ],
      diaspora: [],
    });
  });
});

describe('Kenya–Uganda (high commissions, African organizations)', () => {
  it('gives exactly the facts the article states, and none about third countries', () => {
    expect(compact(ingest('kenya-uganda'))).toEqual({
      events: [],
      missions: [
        'KE→UG embassy in Kampala resident open',
        'UG→KE embassy in Nairobi resident open',
        'UG→KE consulate in Mombasa resident open',
      ],
      memberships: [
        'EAC: KE member, UG member',
        'African Union: KE member, UG member',
        'Commonwealth of Nations: KE member, UG member',
        'COMESA: KE member, UG member',
        'IGAD: KE member, UG member',
      ],
      agreements: [],
      visits: [
        '2013-11 KE→UG President Uhuru Kenyatta (KE)',
        '2019 UG→KE President Yoweri Museveni (UG)',
        '2022-11 KE→UG President William Ruto (KE) (first)',
      ],
      assistance: ['2020 KE→UG in-kind 1000 bags of maize flour'],
      diaspora: [],
    });
  });
});

describe('Norway–Sweden (recognition of independence, royal visitors, visits listed by direction)', () => {
  it('gives exactly the facts the article states, and none about third countries', () => {
    expect(compact(ingest('norway-sweden'))).toEqual({
      events: ['recognized 1905-10-26', 'established 1905-11-01'],
      missions: [
        'NO→SE embassy in Stockholm resident open',
        'NO→SE honorary-consulate in Gothenburg resident open',
        'SE→NO embassy in Oslo resident open',
      ],
      memberships: [
        'NATO: NO member, SE member',
        'Nordic Council: NO member, SE member',
        'CBSS: NO member, SE member',
        'OECD: NO member, SE member',
        'Arctic Council: NO member, SE member',
        'EU: NO non-member, SE member',
        'Schengen Area: NO member, SE member',
      ],
      agreements: [],
      visits: [
        '1993 NO→SE King Harald V (NO)',
        '2005-05 SE→NO King Carl XVI Gustaf (SE), Queen Silvia (SE) to mark the centenary of the dissolution of the union',
        '2016 SE→NO Prime Minister Stefan Löfven (SE) meeting Prime Minister Erna Solberg (NO) to border controls',
        '1996 SE→NO Prime Minister Göran Persson (SE)',
        '2005 SE→NO Prime Minister Göran Persson (SE)',
        '2007 SE→NO Prime Minister Fredrik Reinfeldt (SE)',
      ],
      assistance: [],
      diaspora: ['SE in NO: ~35000 (2021)', 'NO in SE: ~45000'],
    });
  });
});

describe('Argentina–Chile (named treaties, Chilean-born residents, firefighters as aid)', () => {
  it('gives exactly the facts the article states, and none about third countries', () => {
    expect(compact(ingest('argentina-chile'))).toEqual({
      events: ['recognized 1818', 'established 1827'],
      missions: [
        'AR→CL embassy in Santiago resident open',
        'AR→CL consulate-general in Punta Arenas resident open',
        'AR→CL consulate-general in Concepción resident open',
        'AR→CL consulate-general in Valparaíso resident open',
        'CL→AR embassy in Buenos Aires resident open',
        'CL→AR consulate-general in Mendoza resident open',
        'CL→AR consulate in Bariloche resident open',
        'CL→AR consulate in Córdoba resident open',
        'CL→AR consulate in Neuquén resident open',
      ],
      memberships: [
        'UN: AR member, CL member',
        'OAS: AR member, CL member',
        'CELAC: AR member, CL member',
        'ALADI: AR member, CL member',
        'Mercosur: AR member',
      ],
      agreements: [
        '1984-11-29 other "Treaty of Peace and Friendship"',
        '1997 other "Treaty on mining integration"',
        '2009-10-30 other "Maipú Treaty of Integration and Cooperation"',
      ],
      visits: [
        '2006 CL→AR President Michelle Bachelet (CL)',
        '2018-01 AR→CL President Mauricio Macri (AR) meeting President Sebastián Piñera (CL)',
        '2022 AR→CL President Alberto Fernández (AR) to attend the inauguration of Gabriel Boric',
      ],
      assistance: [
        '2010 AR→CL in-kind field hospital + 30 tonnes of food for earthquake relief',
        '2017 CL→AR in-kind firefighters',
      ],
      diaspora: ['CL in AR: 191147 (2010)', 'AR in CL: ~70000'],
    });
  });
});

describe('Ireland–Portugal (Taoiseach, a missing membership, an embassy also accredited to third countries)', () => {
  it('gives exactly the facts the article states, and none about third countries', () => {
    expect(compact(ingest('ireland-portugal'))).toEqual({
      events: ['recognized 1922', 'established 1942'],
      missions: ['IE→PT embassy in Lisbon resident open', 'PT→IE embassy in Dublin resident open'],
      memberships: [
        'EU: IE member, PT member',
        'Eurozone: IE member, PT member',
        'OECD: IE member, PT member',
        'Council of Europe: IE member, PT member',
        'OSCE: IE member, PT member',
        'NATO: IE non-member, PT member',
      ],
      agreements: [],
      visits: [
        '2007 IE→PT President Mary McAleese (IE)',
        '2012 PT→IE President Aníbal Cavaco Silva (PT)',
        '2015 IE→PT Taoiseach Enda Kenny (IE)',
        '2022-06 PT→IE President Marcelo Rebelo de Sousa (PT)',
      ],
      assistance: [],
      diaspora: ['PT in IE: ~5000'],
    });
  });
});

describe('Denmark–Mexico (flattened tables, relations with others, a mission that ended, a list of hosts)', () => {
  it('gives exactly the facts the article states, and none about third countries', () => {
    expect(compact(ingest('denmark-mexico'))).toEqual({
      events: ['established 1827', 're-established 1946-05-09'],
      missions: [
        'DK→MX embassy in Mexico City resident open',
        'MX→DK embassy in Copenhagen resident open',
        'DK→MX honorary-consulate in Cancún resident open',
        'DK→MX honorary-consulate in Guadalajara resident open',
        'DK→MX honorary-consulate in Monterrey resident open',
        'MX→DK embassy non-resident from Stockholm SE closed',
      ],
      memberships: ['OECD: DK member, MX member', 'UN: DK member, MX member', 'WTO: DK member, MX member'],
      agreements: ['1827-07-19 trade "Trade treaty"'],
      visits: [
        '2008-06 DK→MX Crown Prince Frederik (DK), Crown Princess Mary (DK)',
        '2016 MX→DK President Enrique Peña Nieto (MX) meeting Queen Margrethe II (DK), Prime Minister Lars Løkke Rasmussen (DK)',
      ],
      assistance: ['1995 DK→MX other 200000000 DKK'],
      diaspora: ['DK in MX: ~1500 (2020)', 'MX in DK: 2300 (2021)'],
    });
  });
});

describe('Sweden–Vietnam ("date from", aid over a period of years, "people born in X", trade that is not aid)', () => {
  it('gives exactly the facts the article states, and none about third countries', () => {
    expect(compact(ingest('sweden-vietnam'))).toEqual({
      events: ['established 1969-01'],
      missions: ['SE→VN embassy in Hanoi resident open', 'VN→SE embassy in Stockholm resident open'],
      memberships: [],
      agreements: [],
      visits: ['2004 SE→VN Prime Minister Göran Persson (SE) to Asia–Europe Meeting'],
      assistance: ['1967/2010 SE→VN grant 45000000000 SEK', '2020 SE→VN grant 1500000 USD for flood relief'],
      diaspora: ['VN in SE: ~20000 (2022)'],
    });
  });
});

describe('Australia–Indonesia ("consulates-general in A, B and C", a speech to parliament, A$ and vaccine doses)', () => {
  it('gives exactly the facts the article states, and none about third countries', () => {
    expect(compact(ingest('australia-indonesia'))).toEqual({
      events: ['established 1949'],
      missions: [
        'AU→ID embassy in Jakarta resident open',
        'AU→ID consulate-general in Bali resident open',
        'AU→ID consulate-general in Makassar resident open',
        'AU→ID consulate-general in Surabaya resident open',
        'ID→AU embassy in Canberra resident open',
        'ID→AU consulate-general in Sydney resident open',
        'ID→AU consulate-general in Melbourne resident open',
        'ID→AU consulate-general in Perth resident open',
      ],
      memberships: [
        'G20: AU member, ID member',
        'APEC: AU member, ID member',
        'East Asia Summit: AU member, ID member',
      ],
      agreements: [
        '2006-11-13 other "Lombok Treaty"',
        '2019-03-04 trade "Indonesia–Australia Comprehensive Economic Partnership Agreement"',
      ],
      visits: [
        '1972 ID→AU President Suharto (ID)',
        '2010 ID→AU President Susilo Bambang Yudhoyono (ID)',
        '2022 AU→ID Prime Minister Anthony Albanese (AU)',
      ],
      assistance: ['2004 AU→ID grant 1000000000 AUD', '2021 AU→ID in-kind 2500000 vaccine doses'],
      diaspora: ['ID in AU: ~87000 (2021)'],
    });
  });
});

describe('Netherlands–Suriname (guilders promised at independence, "people of Surinamese origin", no visits)', () => {
  it('gives exactly the facts the article states, and none about third countries', () => {
    expect(compact(ingest('netherlands-suriname'))).toEqual({
      events: ['established 1975-11-25'],
      missions: [
        'NL→SR embassy in Paramaribo resident open',
        'SR→NL embassy in The Hague resident open',
        'SR→NL consulate-general in Amsterdam resident open',
      ],
      memberships: [],
      agreements: [],
      visits: [],
      assistance: [
        '? NL→SR grant 3500000000 NLG for development aid',
        '2021 NL→SR grant 5000000 EUR for COVID-19 relief',
      ],
      diaspora: ['SR in NL: ~350000'],
    });
  });
});

describe('Poland–Ukraine (recognition before relations, visit lists both ways, a member and a candidate)', () => {
  it('gives exactly the facts the article states, and none about third countries', () => {
    expect(compact(ingest('poland-ukraine'))).toEqual({
      events: ['recognized 1991-12-02', 'established 1992-01-04'],
      missions: [
        'PL→UA embassy in Kyiv resident open',
        'PL→UA consulate-general in Kharkiv resident open',
        'PL→UA consulate-general in Lutsk resident open',
        'PL→UA consulate-general in Lviv resident open',
        'PL→UA consulate-general in Odesa resident open',
        'PL→UA consulate-general in Vinnytsia resident open',
        'UA→PL embassy in Warsaw resident open',
        'UA→PL consulate-general in Gdańsk resident open',
        'UA→PL consulate-general in Kraków resident open',
        'UA→PL consulate-general in Lublin resident open',
      ],
      memberships: ['EU: PL member, UA candidate', 'NATO: PL member'],
      agreements: [],
      visits: [
        '2004 PL→UA President Aleksander Kwaśniewski (PL)',
        '2022 PL→UA President Andrzej Duda (PL)',
        '2023 UA→PL President Volodymyr Zelenskyy (UA)',
      ],
      assistance: [],
      diaspora: ['UA in PL: ~1000000 (2023)'],
    });
  });
});

describe('Brazil–Portugal (a treaty named with a comma list, residence permits, trade in words that is not aid)', () => {
  it('gives exactly the facts the article states, and none about third countries', () => {
    expect(compact(ingest('brazil-portugal'))).toEqual({
      events: ['recognized 1825-08-29'],
      missions: [
        'BR→PT embassy in Lisbon resident open',
        'BR→PT consulate-general in Lisbon resident open',
        'BR→PT consulate-general in Porto resident open',
        'BR→PT consulate-general in Faro resident open',
        'PT→BR embassy in Brasília resident open',
        'PT→BR consulate-general in Belo Horizonte resident open',
        'PT→BR consulate-general in Recife resident open',
        'PT→BR consulate-general in Rio de Janeiro resident open',
        'PT→BR consulate-general in Salvador resident open',
        'PT→BR consulate-general in São Paulo resident open',
      ],
      memberships: [
        'CPLP: BR member, PT member',
        'Organization of Ibero-American States: BR member, PT member',
        'UN: BR member, PT member',
      ],
      agreements: [
        '2000-04-22 other "Treaty of Friendship, Cooperation and Consultation"',
        '1991 other "Agreement on social security"',
      ],
      visits: [
        '2000 BR→PT President Fernando Henrique Cardoso (BR)',
        '2023 BR→PT President Luiz Inácio Lula da Silva (BR)',
        '2016 PT→BR President Marcelo Rebelo de Sousa (PT)',
        '2022 PT→BR President Marcelo Rebelo de Sousa (PT)',
      ],
      assistance: [],
      diaspora: ['BR in PT: ~360000 (2023)'],
    });
  });
});

describe('Japan–Mongolia (grant aid in JPY, a yen loan, "maintains an embassy", nationals who "reside")', () => {
  it('gives exactly the facts the article states, and none about third countries', () => {
    expect(compact(ingest('japan-mongolia'))).toEqual({
      events: ['established 1972-02-24'],
      missions: ['JP→MN embassy in Ulaanbaatar resident open', 'MN→JP embassy in Tokyo resident open'],
      memberships: [],
      agreements: ['2015-02 trade "Japan–Mongolia Economic Partnership Agreement"'],
      visits: ['2006 JP→MN Prime Minister Junichiro Koizumi (JP) (first)', '2023 JP→MN Emperor Naruhito (JP)'],
      assistance: [
        '1991 JP→MN grant 2500000000 JPY',
        '2008 JP→MN other 28900000000 JPY for new Ulaanbaatar international airport',
      ],
      diaspora: ['JP in MN: ~500', 'MN in JP: ~13000 (2022)'],
    });
  });
});
