// Languages: strings, plurals, dates and numbers per language, lang inherited and followed, right-to-left.
import { afterEach, describe, expect, it } from 'vitest';
import { fact, loaded, mount, reset, shadow, stubFetch, textOf } from './card-harness.ts';

afterEach(reset);

const title = (card: HTMLElement) => textOf(card.shadowRoot?.querySelector('h2'));

describe('<relations-card> languages', () => {
  it('speaks English with English number formats', async () => {
    stubFetch();
    const card = mount({ countries: 'AL DK', lang: 'en', layout: 'full' });
    await loaded(card);
    expect(title(card)).toBe('Albania and Denmark');
    expect(textOf(fact(card, 'Diaspora'))).toBe('about 8,000 people from Albania in Denmark');
  });

  it('speaks Danish: names, dates, money and 8.000 with a Danish group separator', async () => {
    stubFetch();
    const card = mount({ countries: 'AL DK', lang: 'da', layout: 'full' });
    await loaded(card);
    expect(title(card)).toBe('Albanien og Danmark');
    expect(textOf(fact(card, 'Forbindelser'))).toMatch(/^siden 29\. maj 1970/);
    expect(textOf(fact(card, 'Diaspora'))).toBe('ca. 8.000 personer fra Albanien i Danmark');
    expect(textOf(fact(card, 'Bistand'))).toContain('2019 · 2.000.000 €');
    expect(textOf(shadow(card).querySelector('.timeline summary'))).toBe('Tidslinje (11 begivenheder)');
  });

  it('speaks Albanian with bundled names and months where the browser lacks Albanian data', async () => {
    stubFetch();
    const card = mount({ countries: 'AL DK', lang: 'sq', layout: 'full' });
    await loaded(card);
    expect(title(card)).toBe('Shqipëri dhe Danimarkë');
    expect(textOf(fact(card, 'Marrëdhëniet'))).toMatch(/^që nga 29 maj 1970/);
    // Albanian groups digits with a no-break space, as CLDR says.
    expect(fact(card, 'Diaspora')?.textContent).toContain('rreth 8\u00a0000 persona nga Shqipëri në Danimarkë');
    expect(textOf(fact(card, 'Vizita e fundit'))).toMatch(/^mars 2023/);
    expect(fact(card, 'Ndihma')?.textContent?.replace(/[ \n]+/g, ' ')).toContain('2\u00a0000\u00a0000\u00a0€');
  });

  it("uses the singular where the language's plural rules say so", async () => {
    stubFetch(() =>
      Response.json({
        schemaVersion: 1,
        id: 'AL-DK',
        countries: ['AL', 'DK'],
        title: 'x',
        events: [{ type: 'established', date: '1970', provenance: [{ source: 's', method: 'rule' }] }],
        missions: [],
        memberships: [],
        agreements: [],
        visits: [],
        assistance: [],
        diaspora: [
          {
            origin: 'AL',
            residence: 'DK',
            population: 1,
            approximate: false,
            provenance: [{ source: 's', method: 'rule' }],
          },
        ],
        seeAlso: [],
        sources: [{ id: 's', title: 'S' }],
      }),
    );
    const card = mount({ countries: 'AL DK', lang: 'da', layout: 'full' });
    await loaded(card);
    expect(textOf(fact(card, 'Diaspora'))).toBe('1 person fra Albanien i Danmark');
    expect(textOf(shadow(card).querySelector('.timeline summary'))).toBe('Tidslinje (1 begivenhed)');
  });

  it('takes the language of the nearest ancestor, else of the document', async () => {
    stubFetch();
    document.documentElement.setAttribute('lang', 'da');
    const section = document.createElement('section');
    section.setAttribute('lang', 'sq-AL');
    document.body.append(section);
    const inSection = mount({ countries: 'AL DK', layout: 'full' }, section);
    const inDocument = mount({ countries: 'AL DK', layout: 'full' });
    await loaded(inSection);
    await loaded(inDocument);
    await expect.poll(() => title(inSection)).toBe('Shqipëri dhe Danimarkë');
    await expect.poll(() => title(inDocument)).toBe('Albanien og Danmark');
    expect(inDocument.lang).toBe('');
  });

  it('finds the language across the shadow root of a component that holds the card', async () => {
    stubFetch();
    const host = document.createElement('div');
    host.setAttribute('lang', 'da');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const card = mount({ countries: 'AL DK', layout: 'full' }, root);
    await loaded(card);
    await expect.poll(() => title(card)).toBe('Albanien og Danmark');
  });

  it('follows changes of lang on the document, an ancestor and the card itself', async () => {
    stubFetch();
    const section = document.createElement('section');
    document.body.append(section);
    const card = mount({ countries: 'AL DK', layout: 'full' }, section);
    await loaded(card);
    expect(title(card)).toBe('Albania and Denmark');
    document.documentElement.setAttribute('lang', 'da');
    await expect.poll(() => title(card)).toBe('Albanien og Danmark');
    section.setAttribute('lang', 'sq');
    await expect.poll(() => title(card)).toBe('Shqipëri dhe Danimarkë');
    card.setAttribute('lang', 'en-GB');
    await expect.poll(() => title(card)).toBe('Albania and Denmark');
    expect(textOf(fact(card, 'Relations'))).toMatch(/^since 29 May 1970/);
  });

  it('falls back to English for a language it does not speak, and marks its own language', async () => {
    stubFetch();
    const card = mount({ countries: 'AL DK', lang: 'fr', layout: 'full' });
    await loaded(card);
    expect(title(card)).toBe('Albania and Denmark');
    expect(shadow(card).querySelector('[part="card"]')?.getAttribute('lang')).toBe('en');
  });

  it('lays out right to left on a right-to-left page', async () => {
    stubFetch();
    const page = document.createElement('div');
    page.dir = 'rtl';
    page.style.width = '600px';
    document.body.append(page);
    const card = mount({ countries: 'AL DK', layout: 'full' }, page);
    await loaded(card);
    const box = shadow(card).querySelector('[part="card"]')?.getBoundingClientRect();
    const heading = shadow(card).querySelector('h2')?.getBoundingClientRect();
    const dt = shadow(card).querySelector('dt')?.getBoundingClientRect();
    const dd = shadow(card).querySelector('dd')?.getBoundingClientRect();
    if (!box || !heading || !dt || !dd) throw new Error('missing parts');
    expect(box.right - heading.right).toBeLessThan(box.width / 4);
    expect(heading.left - box.left).toBeGreaterThan(box.width / 4);
    expect(dd.right).toBeLessThanOrEqual(dt.left + 1);
  });
});
