// One request per pair however many cards show it; superseded requests are aborted; lazy loading.
import { afterEach, describe, expect, it } from 'vitest';
import { API, loaded, mount, reset, serveRecords, shadow, stubFetch } from './card-harness.ts';

afterEach(reset);

describe('<relations-card> requests', () => {
  it('makes one request for every card of the same pair, whatever the order or kind of codes', async () => {
    const fetchSpy = stubFetch();
    const cards = ['AL DK', 'DK AL', 'dnk,alb', 'ALB DK'].map((countries) => mount({ countries }));
    for (const card of cards) await loaded(card);
    expect(fetchSpy).toHaveBeenCalledOnce();
    expect(String(fetchSpy.mock.calls[0]?.[0])).toBe(`${API}/v1/relations/AL/DK`);
    const late = mount({ countries: 'DK AL' });
    await loaded(late);
    expect(fetchSpy).toHaveBeenCalledOnce();
  });

  it('aborts the superseded request when the countries change', async () => {
    const signals: AbortSignal[] = [];
    stubFetch(async (url, init) => {
      if (init?.signal) signals.push(init.signal);
      if (url.pathname.endsWith('/AL/DK')) await new Promise(() => {});
      return serveRecords()(url, init);
    });
    const card = mount({ countries: 'AL DK' });
    await expect.poll(() => signals.length).toBe(1);
    card.countries = 'AL SE';
    await expect.poll(() => signals[0]?.aborted).toBe(true);
    await expect.poll(() => shadow(card).querySelector('.error')).not.toBeNull();
  });

  it('keeps a shared request alive while another card still waits for it', async () => {
    let respond: () => void = () => {};
    const signals: AbortSignal[] = [];
    stubFetch(async (url, init) => {
      if (init?.signal) signals.push(init.signal);
      if (url.pathname.endsWith('/AL/DK')) await new Promise<void>((resolve) => (respond = resolve));
      return serveRecords()(url, init);
    });
    const first = mount({ countries: 'AL DK' });
    const second = mount({ countries: 'DK AL' });
    await expect.poll(() => signals.length).toBe(1);
    first.countries = 'AL SE';
    await first.updateComplete;
    expect(signals[0]?.aborted).toBe(false);
    respond();
    await loaded(second);
  });

  it('loads a lazy card only when it nears the viewport', async () => {
    const fetchSpy = stubFetch();
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(spacer);
    const card = mount({ countries: 'AL DK', loading: 'lazy' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(shadow(card).querySelector('[aria-busy="true"]')).not.toBeNull();
    card.scrollIntoView();
    await loaded(card);
    expect(fetchSpy).toHaveBeenCalledOnce();
  });
});
