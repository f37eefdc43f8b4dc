// axe-core finds no violations in any state of the card, light or dark.
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { RelationsCard } from '../../widget/src/relations-card.ts';
import { failed, loaded, mount, reset, serveRecords, shadow, stubFetch } from './card-harness.ts';

afterEach(reset);

/** The rules axe breaks, with the offending nodes, so a failure says what to fix. */
async function violations(card: RelationsCard): Promise<string[]> {
  const result = await axe.run(card, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const problem = (status: number) => () => Response.json({ title: 'x', status }, { status });

describe('<relations-card> accessibility (axe-core)', () => {
  it.each(['light', 'dark'] as const)(
    'finds no violations in the loaded card, %s theme, disclosure and note open',
    async (theme) => {
      stubFetch();
      const card = mount({ countries: 'AL DK', theme });
      await loaded(card);
      expect(await violations(card)).toEqual([]);
      for (const details of shadow(card).querySelectorAll('details')) details.open = true;
      await card.updateComplete;
      expect(await violations(card)).toEqual([]);
    },
  );

  it.each(['da', 'sq'])('finds no violations in the card in %s, compact and full', async (lang) => {
    stubFetch();
    for (const layout of ['compact', 'full']) {
      const card = mount({ countries: 'AL DK', lang, layout });
      await loaded(card);
      for (const details of shadow(card).querySelectorAll('details')) details.open = true;
      expect(await violations(card)).toEqual([]);
    }
  });

  it('finds no violations while loading', async () => {
    stubFetch(() => new Promise(() => {}));
    const card = mount({ countries: 'AL DK' });
    await card.updateComplete;
    expect(await violations(card)).toEqual([]);
  });

  it.each([
    ['404', problem(404)],
    ['400', problem(400)],
    ['500', problem(500)],
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['a bad response', () => new Response('nope')],
  ] as const)('finds no violations in the error state for %s', async (_, answer) => {
    stubFetch(answer);
    for (const theme of ['light', 'dark']) {
      const card = mount({ countries: 'AL DK', theme, api: `https://${theme}.example` });
      await failed(card);
      expect(await violations(card)).toEqual([]);
    }
  });

  it('finds no violations when the countries attribute names no pair', async () => {
    stubFetch(serveRecords());
    const card = mount({ countries: 'XX' });
    await failed(card);
    expect(await violations(card)).toEqual([]);
  });
});
