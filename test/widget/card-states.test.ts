// Loading, empty, error and retry states, and the load/error events a page listens to.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failed, loaded, mount, reset, serveRecords, shadow, stubFetch, textOf } from './card-harness.ts';
import { alDk } from './fixtures/al-dk.ts';

afterEach(reset);

const problem = (status: number, title: string) =>
  Response.json(
    { type: 'about:blank', title, status },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );

describe('<relations-card> states', () => {
  it('shows a busy skeleton of exactly the loaded card’s height', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    stubFetch(async (url, init) => {
      await gate;
      return serveRecords()(url, init);
    });
    const column = document.createElement('div');
    column.style.width = '448px';
    document.body.append(column);
    const card = mount({ countries: 'AL DK' }, column);
    await card.updateComplete;
    const skeleton = shadow(card).querySelector('[part="card"]');
    expect(skeleton?.getAttribute('aria-busy')).toBe('true');
    await expect
      .poll(() => textOf(shadow(card).querySelector('[role="status"]')))
      .toBe('Loading the relations between Albania and Denmark…');
    const before = card.getBoundingClientRect().height;
    release();
    await loaded(card);
    expect(shadow(card).querySelector('[aria-busy="true"]')).toBeNull();
    expect(card.getBoundingClientRect().height).toBe(before);
  });

  it('waits without a request or an error until it is given countries', async () => {
    const fetchSpy = stubFetch();
    const onError = vi.fn();
    document.body.addEventListener('relations-card-error', onError);
    const card = mount({});
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
    card.countries = 'DK AL';
    await loaded(card);
  });

  it('picks up where it left off when moved to another place in the page', async () => {
    let respond: () => void = () => {};
    stubFetch(async (url, init) => {
      await new Promise<void>((resolve) => (respond = resolve));
      return serveRecords()(url, init);
    });
    const card = mount({ countries: 'AL DK' });
    await card.updateComplete;
    const elsewhere = document.createElement('aside');
    document.body.append(elsewhere);
    elsewhere.append(card);
    await new Promise((resolve) => setTimeout(resolve, 20));
    respond();
    await loaded(card);
  });

  it('says there is no data yet for a pair the API does not know (404)', async () => {
    stubFetch(() => problem(404, 'Not Found'));
    const card = mount({ countries: 'AL SE' });
    const alert = await failed(card);
    expect(textOf(alert)).toBe('There is no data about Albania and Sweden yet.');
    expect(alert.querySelector('button')).toBeNull();
    // Information, not an error: announced politely, not as an alert.
    expect(alert.getAttribute('role')).toBe('status');
  });

  it('names the code it does not know, before asking the API or for a flag', async () => {
    const fetchSpy = stubFetch();
    const cases = [
      ['AL ZZ', 'ZZ is not a country code the card knows. Use ISO 3166-1 codes, such as DK or DNK.'],
      ['ALB XYZ', 'XYZ is not a country code the card knows. Use ISO 3166-1 codes, such as DK or DNK.'],
      ['QQ ZZ', 'QQ, ZZ are not country codes the card knows. Use ISO 3166-1 codes, such as DK or DNK.'],
      // 'ß' upper-cases to 'SS' (South Sudan): the shape is checked first.
      ['ß DK', 'ß is not a country code the card knows. Use ISO 3166-1 codes, such as DK or DNK.'],
      ['AL', 'Give two country codes, such as “AL DK”.'],
      ['AL DK SE', 'Give two country codes, such as “AL DK”.'],
    ];
    for (const [countries, message] of cases) {
      const card = mount({ countries: countries ?? '' });
      expect(textOf(await failed(card)), countries).toBe(message);
      expect(shadow(card).querySelectorAll('img'), countries).toHaveLength(0);
      expect(textOf(shadow(card).querySelector('h2')), countries).not.toContain('Unknown');
    }
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('says when both codes name the same country', async () => {
    const fetchSpy = stubFetch();
    for (const countries of ['AL ALB', 'dk DNK', 'AL al']) {
      expect(textOf(await failed(mount({ countries }))), countries).toMatch(
        /^Both codes name (Albania|Denmark)\. Give two different countries\.$/,
      );
    }
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('says the codes are unknown when the API refuses them (400)', async () => {
    stubFetch(() => problem(400, 'Bad Request'));
    expect(textOf(await failed(mount({ countries: 'AL DK' })))).toBe(
      'AL, DK are not country codes the card knows. Use ISO 3166-1 codes, such as DK or DNK.',
    );
  });

  it('offers a retry after a network failure, and the retry loads the card', async () => {
    let online = false;
    const fetchSpy = stubFetch((url, init) => {
      if (!online) throw new TypeError('Failed to fetch');
      return serveRecords()(url, init);
    });
    const card = mount({ countries: 'AL DK' });
    const alert = await failed(card);
    expect(textOf(alert)).toBe('The data could not be loaded. Check the connection and try again. Try again');
    online = true;
    alert.querySelector('button')?.click();
    await loaded(card);
    expect(fetchSpy).toHaveBeenCalledTimes(2);
  });

  it('says the data cannot be read when the response is not a record', async () => {
    stubFetch(() => new Response('<html>oops</html>', { headers: { 'content-type': 'text/html' } }));
    const card = mount({ countries: 'AL DK' });
    expect(textOf(await failed(card))).toBe('The data arrived in a form the card cannot read.');
    reset();
    stubFetch(() => Response.json({ ...alDk, id: 'AL-SE' }));
    const wrongPair = mount({ countries: 'AL DK' });
    expect(textOf(await failed(wrongPair))).toBe('The data arrived in a form the card cannot read.');
    reset();
    stubFetch(() => Response.json({ ...alDk, visits: [{ date: 2023 }] }));
    const broken = mount({ countries: 'AL DK' });
    expect(textOf(await failed(broken))).toBe('The data arrived in a form the card cannot read.');
  });

  it('says the service is unavailable on a server error and offers a retry', async () => {
    stubFetch(() => problem(503, 'Service Unavailable'));
    const card = mount({ countries: 'AL DK' });
    const alert = await failed(card);
    expect(textOf(alert)).toContain('The data service is not available right now.');
    expect(alert.querySelector('button')).not.toBeNull();
  });

  it('never throws into the host page, whatever the API answers', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const answers = [
      () => new Response('not json'),
      () => Response.json(null),
      () => Response.json({ ...alDk, sources: 'x' }),
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => problem(500, 'Internal Server Error'),
    ];
    let n = 0;
    stubFetch(() => answers[n++ % answers.length]?.() ?? new Response());
    const cards = answers.map((_, i) => mount({ countries: `AL DK`, api: `https://api${i}.example` }));
    for (const card of cards) await failed(card);
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    expect(errors).toEqual([]);
  });
});

describe('<relations-card> events', () => {
  it('fires relations-card-load with the record, bubbling out of the shadow root', async () => {
    stubFetch();
    const onLoad = vi.fn();
    document.body.addEventListener('relations-card-load', (e) => onLoad(e.detail, e.bubbles, e.composed));
    const card = mount({ countries: 'AL DK' });
    await loaded(card);
    expect(onLoad).toHaveBeenCalledOnce();
    expect(onLoad.mock.calls[0]).toEqual([alDk, true, true]);
  });

  it('fires relations-card-error with the status and the problem document', async () => {
    stubFetch();
    const onError = vi.fn();
    document.body.addEventListener('relations-card-error', (e) => onError(e.detail, e.bubbles, e.composed));
    const card = mount({ countries: 'AL SE' });
    await failed(card);
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]).toEqual([
      {
        status: 404,
        problem: { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No record for this pair' },
      },
      true,
      true,
    ]);
  });

  it('reports a network failure as status 0', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const onError = vi.fn();
    document.body.addEventListener('relations-card-error', (e) => onError(e.detail));
    await failed(mount({ countries: 'AL DK' }));
    expect(onError).toHaveBeenCalledWith({ status: 0, problem: undefined });
  });
});
