// What a hostile tester tried: races between attributes and slow chunks, bad `api` values, a slow API, and strings
// long enough to push a page wider. Every race ends on the pair the attributes name, and nothing throws into the page.
import { afterEach, describe, expect, it } from 'vitest';
import type { RelationsRecord } from '../../widget/src/record.ts';
import { delayRequests, stopDelaying } from './browser-commands.ts';
import { failed, loaded, mount, reset, serveRecords, shadow, stubFetch, textOf } from './card-harness.ts';
import { alDk } from './fixtures/al-dk.ts';
import { deFr } from './fixtures/de-fr.ts';

const alFr: RelationsRecord = { ...deFr, id: 'AL-FR', countries: ['AL', 'FR'], title: 'Albania–France relations' };
const title = (card: HTMLElement) => textOf(card.shadowRoot?.querySelector('h2'));

/** Collects what would reach the page as an uncaught error while `body` runs. */
async function uncaught(body: () => Promise<void>): Promise<unknown[]> {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  try {
    await body();
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  }
  return errors;
}

afterEach(async () => {
  reset();
  await stopDelaying('alpha3-codes');
  await stopDelaying('/i18n/da');
});

describe('<relations-card> races', () => {
  it('ends on the pair the attributes name when a slow alpha-3 lookup is overtaken', async () => {
    stubFetch(serveRecords([alDk, alFr]));
    await delayRequests('alpha3-codes', 400);
    const loads: string[] = [];
    document.body.addEventListener('relations-card-load', (e) => loads.push(e.detail.id));
    const card = mount({ countries: 'ALB DNK' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    card.countries = 'AL FR';
    await loaded(card);
    card.lang = 'sq';
    await expect.poll(() => title(card)).toBe('Shqipëri dhe Francë');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(title(card)).toBe('Shqipëri dhe Francë');
    expect(loads).toEqual(['AL-FR']);
  });

  it('ends on the latest pair when answers arrive out of order', async () => {
    stubFetch(async (url, init) => {
      if (url.pathname.endsWith('/AL/DK')) await new Promise((resolve) => setTimeout(resolve, 300));
      return serveRecords([alDk, alFr])(url, init);
    });
    const card = mount({ countries: 'AL DK' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    card.countries = 'FR AL';
    await loaded(card);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(title(card)).toBe('Albania and France');
  });
});

describe('<relations-card> languages, from the first frame', () => {
  // The only test in this file that loads Danish: a module loads once per page.
  it('shows no English while a slow Danish chunk loads, then Danish', async () => {
    stubFetch();
    await delayRequests('/i18n/da', 500);
    const seen = new Set<string>();
    const card = mount({ countries: 'AL DK', lang: 'da' });
    const observer = new MutationObserver(() => seen.add(textOf(shadow(card))));
    observer.observe(shadow(card), { subtree: true, childList: true, characterData: true });
    await card.updateComplete;
    seen.add(textOf(shadow(card)));
    expect(shadow(card).querySelector('[part="card"]')?.getAttribute('lang')).toBe('da');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(shadow(card).querySelector('[aria-busy="true"]')).not.toBeNull();
    await loaded(card);
    observer.disconnect();
    expect(title(card)).toBe('Albanien og Danmark');
    const english = [...seen].filter((text) => /Albania and|Relations|Loading|Missions|More facts/.test(text));
    expect(english).toEqual([]);
  });
});

describe('<relations-card> api values', () => {
  it.each([
    ['/relative', () => `${location.origin}/relative/v1/relations/AL/DK`],
    ['//api.example', () => `${location.protocol}//api.example/v1/relations/AL/DK`],
    ['', () => `${location.origin}/v1/relations/AL/DK`],
  ])('reads api="%s" as a web address, relative to the page', async (api, expected) => {
    const fetchSpy = stubFetch(() => Response.json(alDk));
    const errors = await uncaught(async () => {
      await loaded(mount({ countries: 'AL DK', api }));
    });
    expect(errors).toEqual([]);
    expect(String(fetchSpy.mock.calls[0]?.[0])).toBe(expected());
  });

  it.each(['not a url', 'javascript:alert(1)', 'https://', 'ftp://api.example'])(
    'shows api="%s" as a clear error, asking nothing and throwing nothing',
    async (api) => {
      const fetchSpy = stubFetch();
      let text = '';
      const errors = await uncaught(async () => {
        const card = mount({ countries: 'AL DK', api });
        text = textOf(await failed(card));
        expect(shadow(card).querySelectorAll('img')).toHaveLength(0);
      });
      expect(errors).toEqual([]);
      expect(text).toBe(`The card’s api attribute is not a web address: “${api}”.`);
      expect(fetchSpy).not.toHaveBeenCalled();
    },
  );
});

describe('<relations-card> a slow API', () => {
  it('ends a request that takes too long in an error the reader can retry', async () => {
    let answer = false;
    stubFetch((url, init) => (answer ? serveRecords()(url, init) : new Promise<Response>(() => {})));
    const onError = (e: Event) => statuses.push((e as CustomEvent).detail.status);
    const statuses: number[] = [];
    document.body.addEventListener('relations-card-error', onError);
    const card = mount({ countries: 'AL DK', timeout: '200' });
    const alert = await failed(card);
    expect(textOf(alert)).toBe('The data service took too long to answer. Try again. Try again');
    expect(statuses).toEqual([0]);
    answer = true;
    alert.querySelector('button')?.click();
    await loaded(card);
  });
});

/** A record whose every free-text field is one unbroken 5,000-character word. */
function longWords(): RelationsRecord {
  const word = 'W'.repeat(5000);
  return {
    ...alDk,
    title: word,
    missions: alDk.missions.map((m) => ({ ...m, city: word, note: word })),
    memberships: [
      {
        organization: word,
        name: word,
        statuses: { AL: 'member', DK: 'member' },
        provenance: alDk.events[0]?.provenance ?? [],
      },
    ],
    visits: alDk.visits.map((v) => ({ ...v, visitors: [{ name: word, office: word, country: 'DK' }] })),
    assistance: alDk.assistance.map((a) => ({ ...a, purpose: word, items: [{ item: word, quantity: 1 }] })),
    sources: [{ id: 'wikipedia', title: word, url: `https://example.org/${word}`, license: word }],
  };
}

describe('<relations-card> long words', () => {
  it.each(['compact', 'full'])('never widens the page (%s), disclosures open', async (layout) => {
    stubFetch(() => Response.json(longWords()));
    const column = document.createElement('div');
    column.style.width = '320px';
    document.body.append(column);
    const card = mount({ countries: 'AL DK', layout }, column);
    await loaded(card);
    for (const details of shadow(card).querySelectorAll('details')) details.open = true;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(card.getBoundingClientRect().width).toBe(320);
    const right = column.getBoundingClientRect().right;
    // Text cut short on one line (.line, the title) is clipped by its box; everything else must fit.
    const overflowing = [...shadow(card).querySelectorAll('*')].filter(
      (e) => !e.parentElement?.closest('.line, h2') && e.getBoundingClientRect().right > right + 1,
    );
    expect(overflowing.map((e) => `${e.tagName}.${e.className}`)).toEqual([]);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(innerWidth);
  });
});
