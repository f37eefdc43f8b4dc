// What the full card (layout="full") shows for a record: since when, missions, memberships, visits, aid, diaspora,
// timeline, credit. The compact card's own lines are in compact-card.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { API, fact, loaded, mount, reset, shadow, stubFetch, textOf } from './card-harness.ts';
import { alDk } from './fixtures/al-dk.ts';

afterEach(reset);

describe('<relations-card> content', () => {
  it('asks the API for the canonical pair and names both countries in the title', async () => {
    const fetchSpy = stubFetch();
    const card = mount({ countries: 'DK AL', layout: 'full' });
    await loaded(card);
    expect(String(fetchSpy.mock.calls[0]?.[0])).toBe(`${API}/v1/relations/AL/DK`);
    expect(textOf(shadow(card).querySelector('h2'))).toBe('Albania and Denmark');
  });

  it('shows since when relations exist from the preferred claim', async () => {
    stubFetch();
    const card = mount({ countries: 'AL DK', layout: 'full' });
    await loaded(card);
    expect(textOf(fact(card, 'Relations'))).toMatch(/^since May 29, 1970/);
  });

  it('shows the embassies each way, with where a non-resident embassy is accredited from', async () => {
    stubFetch();
    const card = mount({ countries: 'AL DK', layout: 'full' });
    await loaded(card);
    const missions = [...(fact(card, 'Missions')?.querySelectorAll('li') ?? [])].map(textOf);
    expect(missions).toEqual([
      'Albania: Embassy in Copenhagen',
      expect.stringMatching(/^Denmark: Embassy, accredited from Vienna, Austria≠Sources disagree/),
      'Denmark: Embassy in Tirana (planned, 2026)',
    ]);
  });

  it("lists the organisations both are members of together, and each side's status where they differ", async () => {
    stubFetch();
    const card = mount({ countries: 'AL DK', layout: 'full' });
    await loaded(card);
    const items = [...(fact(card, 'Memberships')?.querySelectorAll('li') ?? [])].map(textOf);
    expect(items).toEqual(['Both members of: NATO', 'EU: Albania (candidate), Denmark (member)']);
  });

  it('shows the latest visit, the latest assistance with year and purpose, and the diaspora', async () => {
    stubFetch();
    const card = mount({ countries: 'AL DK', layout: 'full' });
    await loaded(card);
    expect(textOf(fact(card, 'Latest visit'))).toBe(
      'March 2023 · Mette Frederiksen (Prime Minister), from Denmark to Albania · the first of its kind',
    );
    const aid = [...(fact(card, 'Assistance')?.querySelectorAll('li') ?? [])].map(textOf);
    expect(aid).toEqual([
      '2021 · 250,000 COVID-19 vaccine doses · COVID-19 pandemic',
      '2020 · 30 ventilators · COVID-19 pandemic',
      '2019 · €2,000,000 · earthquake recovery',
    ]);
    expect(textOf(fact(card, 'Diaspora'))).toBe('about 8,000 people from Albania in Denmark');
  });

  it('marks a claim the sources disagree on and explains it on demand', async () => {
    stubFetch();
    const card = mount({ countries: 'AL DK', layout: 'full' });
    await loaded(card);
    const mark = fact(card, 'Relations')?.querySelector<HTMLDetailsElement>('details.mark');
    expect(textOf(mark?.querySelector('summary'))).toContain('Sources disagree');
    expect(mark?.open).toBe(false);
    const note = mark?.querySelector<HTMLElement>('.note');
    expect(note?.checkVisibility()).toBe(false);
    mark?.querySelector('summary')?.click();
    await expect.poll(() => note?.checkVisibility()).toBe(true);
    expect(mark?.open).toBe(true);
    expect(textOf(note)).toContain(
      'Shown: May 29, 1970 (curated: Albania–Denmark relations). Also stated: 1970 (Albania–Denmark relations). The exchange of notes gives the day.',
    );
  });

  it('marks nothing when no claim is disputed', async () => {
    const agreeing = alDk.events.map(({ disputed, ...event }) => event);
    stubFetch(() => Response.json({ ...alDk, events: agreeing }));
    const card = mount({ countries: 'AL DK', layout: 'full' });
    await loaded(card);
    expect(fact(card, 'Relations')?.querySelector('.mark')).toBeNull();
    const established = [...shadow(card).querySelectorAll('ol li')].filter((li) =>
      textOf(li).includes('Diplomatic relations established'),
    );
    expect(established.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(['1970-05-29']);
  });

  it('lists the full timeline oldest first behind a keyboard-reachable disclosure', async () => {
    stubFetch();
    const card = mount({ countries: 'AL DK', layout: 'full' });
    await loaded(card);
    const details = shadow(card).querySelector('details.timeline');
    const summary = details?.querySelector('summary');
    expect((details as HTMLDetailsElement | null)?.open).toBe(false);
    expect(textOf(summary)).toBe('Timeline (11 entries)');
    summary?.focus();
    expect(shadow(card).activeElement).toBe(summary);
    const dates = [...shadow(card).querySelectorAll('ol time')].map((t) => t.getAttribute('datetime'));
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('1970-05-29');
    expect(textOf(shadow(card).querySelector('ol li'))).toContain('Diplomatic relations established');
  });

  it('credits the source with its licence and links to both', async () => {
    stubFetch();
    const card = mount({ countries: 'AL DK', layout: 'full' });
    await loaded(card);
    const footer = shadow(card).querySelector('[part="footer"]');
    expect(textOf(footer)).toBe('Source: Albania–Denmark relations, licence CC BY-SA 4.0');
    const links = [...(footer?.querySelectorAll('a') ?? [])].map((a) => a.href);
    expect(links).toEqual([
      'https://en.wikipedia.org/wiki/Albania%E2%80%93Denmark_relations',
      'https://creativecommons.org/licenses/by-sa/4.0/',
    ]);
  });

  it('shows both flags from the API, sized in advance, with alt text', async () => {
    stubFetch();
    const card = mount({ countries: 'AL DK', layout: 'full' });
    await loaded(card);
    const flags = [...shadow(card).querySelectorAll('img')];
    expect(flags.map((img) => [img.getAttribute('src'), img.alt, img.width, img.height])).toEqual([
      [`${API}/flags/al.svg`, 'Flag of Albania', 32, 24],
      [`${API}/flags/dk.svg`, 'Flag of Denmark', 32, 24],
    ]);
  });

  it('hides a flag that cannot be loaded', async () => {
    stubFetch();
    const card = mount({ countries: 'AL DK', layout: 'full' });
    await loaded(card);
    const img = shadow(card).querySelector('img');
    // api.example does not resolve in the test browser, as a flag blocked by a page's CSP fails.
    await expect.poll(() => img?.hidden).toBe(true);
    expect(img && getComputedStyle(img).display).toBe('none');
  });
});
