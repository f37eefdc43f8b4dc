// The compact card, the default: a few facts at a glance, one line each, at one height whatever the pair, the width
// or the language; the rest one disclosure away; record words in the card's language.
import { afterEach, describe, expect, it } from 'vitest';
import type { RelationsCard } from '../../widget/src/relations-card.ts';
import { loaded, mount, reset, serveRecords, shadow, stubFetch, textOf } from './card-harness.ts';
import { alDk } from './fixtures/al-dk.ts';
import { deFr } from './fixtures/de-fr.ts';

afterEach(reset);

/** The compact card's lines, as "label: value". */
const lines = (card: RelationsCard) =>
  [...shadow(card).querySelectorAll('.summary > dt')].map(
    (dt) => `${textOf(dt)}: ${textOf(dt.nextElementSibling?.querySelector('.line'))}`,
  );

describe('<relations-card> compact', () => {
  it('leads with since when, the missions each way, the organisations in common and the latest visit', async () => {
    stubFetch();
    const card = mount({ countries: 'AL DK' });
    await loaded(card);
    expect(lines(card)).toEqual([
      'Relations: since May 29, 1970',
      'Albania: Embassy in Copenhagen',
      'Denmark: Embassy, accredited from Vienna, Austria, Embassy in Tirana (planned, 2026)',
      'Both in: NATO',
      'Latest visit: March 2023 · Mette Frederiksen (Prime Minister)',
    ]);
    expect(shadow(card).querySelector('.summary .mark summary')).not.toBeNull();
  });

  it('counts consulates and says they share a border, for a pair from the datasets alone', async () => {
    stubFetch(serveRecords([deFr]));
    const card = mount({ countries: 'DE FR' });
    await loaded(card);
    expect(lines(card)).toEqual([
      'Germany: Embassy in Paris, 4 consulates general',
      'France: Embassy in Berlin, 6 consulates general',
      'Both in: UN, EU, NATO',
      'Land border: Shared',
    ]);
  });

  it('keeps assistance, diaspora, the timeline and every source one disclosure away', async () => {
    stubFetch();
    const card = mount({ countries: 'AL DK' });
    await loaded(card);
    const more = shadow(card).querySelector<HTMLDetailsElement>('details.more');
    expect(more?.open).toBe(false);
    expect(textOf(more?.querySelector('summary'))).toBe('More facts and sources');
    const rest = textOf(more);
    for (const part of [
      'Assistance',
      'Diaspora',
      'Timeline (11 entries)',
      'licence CC BY-SA 4.0',
      'earthquake recovery',
    ])
      expect(rest).toContain(part);
  });

  it('has one height for every pair, width and language, and its skeleton has it too', async () => {
    const heights = new Set<number>();
    for (const width of [360, 600]) {
      for (const lang of ['en', 'da', 'sq']) {
        for (const record of [alDk, deFr]) {
          stubFetch(serveRecords([record]));
          const column = document.createElement('div');
          column.style.width = `${width}px`;
          document.body.append(column);
          const card = mount({ countries: record.countries.join(' '), lang }, column);
          await card.updateComplete;
          heights.add(card.getBoundingClientRect().height);
          await loaded(card);
          heights.add(card.getBoundingClientRect().height);
          reset();
        }
      }
    }
    // 16.5rem: what README's snippet reserves.
    expect([...heights]).toEqual([16.5 * 16]);
  });
});

describe('<relations-card> record words', () => {
  it('names organisations and offices in Danish, and marks what only English sources say', async () => {
    stubFetch(
      serveRecords([
        {
          ...alDk,
          memberships: [
            {
              organization: 'UN',
              name: 'United Nations',
              statuses: { AL: 'member', DK: 'member' },
              provenance: alDk.memberships[0]?.provenance ?? [],
            },
            ...alDk.memberships,
          ],
        },
      ]),
    );
    const card = mount({ countries: 'AL DK', lang: 'da' });
    await loaded(card);
    expect(lines(card)).toContain('Begge i: FN, NATO');
    expect(shadow(card).querySelector('.summary abbr')?.getAttribute('title')).toBe('De Forenede Nationer');
    expect(lines(card)).toContain('Seneste besøg: marts 2023 · Mette Frederiksen (statsminister)');
    const english = [...shadow(card).querySelectorAll('[lang="en"]')].map(textOf);
    expect(english).toContain('earthquake recovery');
    expect(english).toContain('ventilators');
    expect(english).toContain('The exchange of notes gives the day.');
    expect(english).not.toContain('Prime Minister');
  });

  it('speaks Albanian for the same words', async () => {
    stubFetch();
    const card = mount({ countries: 'AL DK', lang: 'sq' });
    await loaded(card);
    expect(lines(card)).toContain('Të dyja në: NATO');
    expect(textOf(shadow(card).querySelector('.more'))).toContain('BE: Shqipëri (kandidate), Danimarkë (anëtare)');
    expect(lines(card).at(-1)).toMatch(/^Vizita e fundit: mars 2023 · Mette Frederiksen \(kryeministër\)$/);
  });
});
