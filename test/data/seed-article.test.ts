// The seed article gives exactly the facts it states, each number exact, each with its provenance.
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../data/ingest/index.ts';
import { FACT_KINDS, RelationsRecord as RecordSchema, type RelationsRecord } from '../../data/schema/index.ts';
import { bare } from './article.ts';
import { NO_SEED, seedText } from './seed-path.ts';

// The seed lives in ../shared/seeds, outside the repository: a clone without it skips these tests.
describe.skipIf(NO_SEED)(
  'the Albania–Denmark seed article (skipped: ../shared/seeds/albania-denmark.txt is absent)',
  () => {
    const text = seedText();
    const result = ingestArticle(text, { retrieved: '2026-11-28' });
    const record = result.record as RelationsRecord;
    const sentence = (span: [number, number] | undefined) => (span ? text.slice(span[0], span[1]) : '');

    it('gives a valid record for the pair AL-DK without errors or warnings', () => {
      expect(result.errors).toEqual([]);
      expect(result.warnings).toEqual([]);
      expect(RecordSchema.safeParse(record).success).toBe(true);
      expect(record.id).toBe('AL-DK');
      expect(record.title).toBe('Albania–Denmark relations');
    });

    it('dates the start of relations to 1970 and nothing more precise', () => {
      expect(record.events.map(({ type, date }) => ({ type, date }))).toEqual([{ type: 'established', date: '1970' }]);
    });

    it('finds the two embassies, each in the other capital', () => {
      expect(bare(record.missions)).toEqual([
        { sender: 'AL', host: 'DK', kind: 'embassy', city: 'Copenhagen', residency: 'resident', status: 'open' },
        { sender: 'DK', host: 'AL', kind: 'embassy', city: 'Tirana', residency: 'resident', status: 'open' },
      ]);
    });

    it('finds NATO with both members and the EU with Albania a candidate and Denmark a member', () => {
      expect(record.memberships.map(({ organization, statuses }) => ({ organization, statuses }))).toEqual([
        { organization: 'NATO', statuses: { AL: 'member', DK: 'member' } },
        { organization: 'EU', statuses: { AL: 'candidate', DK: 'member' } },
      ]);
    });

    it('finds the 1971 trade agreement and the 2006 climate agreement, with short titles', () => {
      expect(bare(record.agreements)).toEqual([
        { date: '1971-06-23', title: 'Trade agreement', kind: 'trade' },
        { date: '2006', title: 'Climate agreement', kind: 'climate' },
      ]);
    });

    it('finds exactly four visits, with direction, people and dates as written', () => {
      const visits = bare(record.visits);
      expect(visits).toHaveLength(4);
      expect(visits).toContainEqual({
        date: '2006',
        from: 'DK',
        to: 'AL',
        visitors: [{ name: 'Per Stig Møller', office: 'Foreign Minister', country: 'DK' }],
        purpose: 'cooperation and political issues',
      });
      expect(visits).toContainEqual({
        date: '2012-05',
        from: 'AL',
        to: 'DK',
        visitors: [{ name: 'Edmond Haxhinasto', office: 'Vice-President and Foreign Minister', country: 'AL' }],
        counterparts: [
          { name: 'Villy Søvndal', office: 'Foreign Minister', country: 'DK' },
          { name: 'Nicolai Wammen', office: 'Minister of European Affairs', country: 'DK' },
        ],
        purpose: 'situation in Kosovo',
      });
      expect(visits).toContainEqual({
        date: '2023-03',
        from: 'DK',
        to: 'AL',
        visitors: [{ name: 'Mette Frederiksen', office: 'Prime Minister', country: 'DK' }],
        first: true,
      });
      expect(visits).toContainEqual({
        date: '2012-09',
        from: 'DK',
        to: 'AL',
        visitors: [{ name: 'Christian Friis Bach', office: 'Minister for Development Cooperation', country: 'DK' }],
        purpose: 'democratic and economic development',
      });
    });

    it('finds the aid amounts and items exactly, all from Denmark to Albania', () => {
      const aid = bare(record.assistance);
      expect(aid).toEqual([
        {
          donor: 'DK',
          recipient: 'AL',
          date: '2006',
          kind: 'grant',
          money: { amount: 3_000_000, currency: 'DKK' },
          purpose: 'human rights and good governance',
        },
        {
          donor: 'DK',
          recipient: 'AL',
          kind: 'programme',
          money: { amount: 73_000_000, currency: 'DKK' },
          purpose: 'Danish South East Europe Programme',
        },
        {
          donor: 'DK',
          recipient: 'AL',
          date: '2010',
          kind: 'in-kind',
          items: [{ item: 'fodder' }],
          purpose: 'flood relief',
        },
        {
          donor: 'DK',
          recipient: 'AL',
          date: '2019',
          kind: 'grant',
          money: { amount: 2_000_000, currency: 'EUR' },
          purpose: 'earthquake recovery',
        },
        {
          donor: 'DK',
          recipient: 'AL',
          kind: 'in-kind',
          items: [
            { item: 'ventilators', quantity: 30 },
            { item: 'COVID-19 vaccine doses', quantity: 250_000 },
          ],
          purpose: 'COVID-19 pandemic',
        },
      ]);
    });

    it('finds about 8,000 Albanians living in Denmark', () => {
      expect(bare(record.diaspora)).toEqual([{ origin: 'AL', residence: 'DK', population: 8000, approximate: true }]);
    });

    it('points every fact at the sentence it came from', () => {
      expect(sentence(record.events[0]?.provenance[0]?.span)).toBe('Diplomatic relations were established in 1970.');
      expect(sentence(record.diaspora[0]?.provenance[0]?.span)).toBe('About 8,000 Albanians live in Denmark.');
      expect(record.diaspora[0]?.provenance[0]).toMatchObject({
        source: 'wikipedia',
        section: 'Diaspora',
        method: 'rule',
      });
      for (const kind of FACT_KINDS) {
        for (const fact of record[kind]) {
          for (const p of fact.provenance) {
            expect(p.span, `${kind} fact without a span`).toBeDefined();
            expect(sentence(p.span).length).toBeGreaterThan(10);
          }
        }
      }
    });

    it('lists the See also items, linking the Wikipedia articles', () => {
      expect(record.seeAlso.slice(0, 3)).toEqual([
        { title: 'Foreign relations of Albania', url: 'https://en.wikipedia.org/wiki/Foreign_relations_of_Albania' },
        { title: 'Foreign relations of Denmark', url: 'https://en.wikipedia.org/wiki/Foreign_relations_of_Denmark' },
        {
          title: 'Accession of Albania to the EU',
          url: 'https://en.wikipedia.org/wiki/Accession_of_Albania_to_the_EU',
        },
      ]);
    });

    it('cites Wikipedia with its licence and the retrieval date given', () => {
      expect(record.sources).toEqual([
        {
          id: 'wikipedia',
          title: 'Albania–Denmark relations',
          url: 'https://en.wikipedia.org/wiki/Albania%E2%80%93Denmark_relations',
          license: 'CC BY-SA 4.0',
          retrieved: '2026-11-28',
        },
      ]);
    });
  },
);
