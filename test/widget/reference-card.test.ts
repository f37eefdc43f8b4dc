// A card for a pair no article covers: missions both ways, organisations, a border, and the datasets credited.
import { afterEach, describe, expect, it } from 'vitest';
import type { RelationsRecord } from '../../data/schema/relations-record.ts';
import { fact, loaded, mount, reset, serveRecords, shadow, stubFetch, textOf } from './card-harness.ts';
import { deFr } from './fixtures/de-fr.ts';

afterEach(reset);

const show = async (record: RelationsRecord = deFr) => {
  stubFetch(serveRecords([record]));
  const card = mount({ countries: 'FR DE', layout: 'full' });
  await loaded(card);
  return card;
};

describe('<relations-card> for a pair from the datasets alone', () => {
  it("shows each side's embassy, then its consulates of one kind as one line of cities", async () => {
    const card = await show();
    const items = [...(fact(card, 'Missions')?.querySelectorAll('li') ?? [])].map(textOf);
    expect(items).toEqual([
      'Germany: Embassy in Paris',
      'Germany: Consulates general in Bordeaux, Lyon, Marseille, Strasbourg',
      'France: Embassy in Berlin',
      'France: Consulates general in Düsseldorf, Frankfurt am Main, Hamburg, Munich, Saarbrücken and 1 more',
    ]);
  });

  it('links each mission to its Wikidata item, as Wikidata asks', async () => {
    const card = await show();
    const links = [...(fact(card, 'Missions')?.querySelectorAll('a') ?? [])];
    const paris = links.find((a) => textOf(a) === 'Embassy in Paris');
    expect(paris?.getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q15953187');
    expect(links.find((a) => textOf(a) === 'Lyon')?.getAttribute('href')).toMatch(
      /^https:\/\/www\.wikidata\.org\/wiki\/Q\d+$/,
    );
  });

  it('lists the organisations both belong to in one line, with their full names at hand', async () => {
    const card = await show();
    expect(textOf(fact(card, 'Memberships'))).toBe('Both members of: UN, EU, NATO');
    const abbr = fact(card, 'Memberships')?.querySelector('abbr');
    expect(abbr?.getAttribute('title')).toBe('United Nations');
  });

  it('says they share a land border', async () => {
    expect(textOf(fact(await show(), 'Land border'))).toBe('Shared');
  });

  it('shows no rows that only an article gives; its timeline holds only the dated missions', async () => {
    const card = await show();
    expect([...shadow(card).querySelectorAll('dt')].map(textOf)).toEqual(['Missions', 'Memberships', 'Land border']);
    expect(textOf(shadow(card).querySelector('details.timeline summary'))).toBe('Timeline (1 entry)');
  });

  it('says "not recorded" for a side with no mission on record, never that it has none', async () => {
    const card = await show({ ...deFr, missions: deFr.missions.filter((m) => m.sender === 'FR') });
    const items = [...(fact(card, 'Missions')?.querySelectorAll('li') ?? [])].map(textOf);
    expect(items[0]).toBe('Germany: No mission on record');
  });

  it('credits Wikidata and Internacia with their licences, linked', async () => {
    const card = await show();
    const footer = shadow(card).querySelector('footer');
    expect(textOf(footer)).toBe(
      'Sources: Wikidata: diplomatic missions (database-of-embassies), licence CC0 1.0; Internacia Datasets (Dateno), licence CC BY 4.0',
    );
    const licences = [...(footer?.querySelectorAll('a[rel~="license"]') ?? [])].map((a) => a.getAttribute('href'));
    expect(licences).toEqual([
      'https://creativecommons.org/publicdomain/zero/1.0/',
      'https://creativecommons.org/licenses/by/4.0/',
    ]);
  });

  it('names the licensed sources and puts the pages curators cite behind a disclosure', async () => {
    const pages = ['a', 'b', 'c', 'd'].map((x) => ({
      id: `curated-${x}`,
      title: `Member list ${x}`,
      url: `https://${x}.example/`,
    }));
    const card = await show({ ...deFr, sources: [...pages, ...deFr.sources] });
    const footer = shadow(card).querySelector('footer');
    expect(textOf(footer)).toMatch(/^Sources: Wikidata.*CC0 1\.0; Internacia.*CC BY 4\.0 4 more sources/);
    expect(textOf(footer?.querySelector('details summary'))).toBe('4 more sources');
    expect([...(footer?.querySelectorAll('details a') ?? [])].map((a) => a.getAttribute('href'))).toEqual(
      pages.map((p) => p.url),
    );
  });
});
