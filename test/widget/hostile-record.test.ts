// Hostile strings in a record stay inert text; only web links become links.
import { afterEach, describe, expect, it } from 'vitest';
import type { RelationsRecord } from '../../widget/src/record.ts';
import { loaded, mount, reset, shadow, stubFetch } from './card-harness.ts';
import { alDk } from './fixtures/al-dk.ts';

afterEach(reset);

const SCRIPT = '<script>window.__pwned = 1</script>';
const IMG = '<img src=x onerror="window.__pwned = 1">';

/** The fixture with markup and script in every free-text field a record has. */
const hostile: RelationsRecord = {
  ...alDk,
  title: SCRIPT,
  missions: alDk.missions.map((m) => ({ ...m, city: IMG, note: SCRIPT })),
  memberships: [
    {
      organization: `${IMG}NATO`,
      statuses: { AL: 'member', DK: 'member' },
      provenance: alDk.events[0]?.provenance ?? [],
    },
  ],
  visits: alDk.visits.map((v) => ({ ...v, visitors: [{ name: SCRIPT, office: IMG, country: 'DK' }] })),
  assistance: alDk.assistance.map((a) => ({
    ...a,
    purpose: IMG,
    items: a.items?.map((i) => ({ ...i, item: '<b>bold</b>' })),
  })),
  sources: [{ id: 'wikipedia', title: IMG, url: 'javascript:window.__pwned=1', license: SCRIPT }],
};

describe('<relations-card> with hostile data', () => {
  it('shows markup and script from a record as inert text', async () => {
    stubFetch(() => Response.json(hostile));
    const card = mount({ countries: 'AL DK' });
    await loaded(card);
    const root = shadow(card);
    expect(root.querySelectorAll('script, b, iframe, object')).toHaveLength(0);
    expect([...root.querySelectorAll('img')].every((img) => img.getAttribute('src')?.includes('/flags/'))).toBe(true);
    expect(root.textContent).toContain(IMG);
    expect(root.textContent).toContain('<b>bold</b>');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('links only to web addresses', async () => {
    stubFetch(() => Response.json(hostile));
    const card = mount({ countries: 'AL DK' });
    await loaded(card);
    const hrefs = [...shadow(card).querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.every((href) => /^https?:/.test(href))).toBe(true);
  });

  it('keeps hostile country codes out of the markup', async () => {
    stubFetch();
    const card = mount({ countries: `"><img src=x onerror=alert(1)> DK` });
    await expect.poll(() => shadow(card).querySelector('[role="alert"]')).not.toBeNull();
    expect(shadow(card).querySelectorAll('img')).toHaveLength(0);
  });
});
