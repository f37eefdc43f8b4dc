// Mounts cards against a stubbed API and reads what they show, for the widget's browser tests.
import { vi } from 'vitest';
import type { RelationsRecord } from '../../data/schema/relations-record.ts';
import '../../widget/src/define.ts';
import { clearRecordCache } from '../../widget/src/record-client.ts';
import type { RelationsCard } from '../../widget/src/relations-card.ts';
import { alDk } from './fixtures/al-dk.ts';

export const API = 'https://api.example';

/** Answers one request to the stubbed API. */
export type Route = (url: URL, init: RequestInit | undefined) => Response | Promise<Response>;

/** Serves `records` by pair at `${API}/v1/relations/A/B`, 404 with a problem document otherwise. */
export function serveRecords(records: RelationsRecord[] = [alDk]): Route {
  return (url) => {
    const match = url.pathname.match(/^\/v1\/relations\/([A-Z]{2})\/([A-Z]{2})$/);
    const record = match && records.find((r) => r.countries.join('/') === `${match[1]}/${match[2]}`);
    if (record) return Response.json(record);
    return Response.json(
      { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No record for this pair' },
      { status: 404, headers: { 'content-type': 'application/problem+json' } },
    );
  };
}

/** Replaces `window.fetch` with `route`; a request whose signal aborts rejects as fetch would. */
export function stubFetch(route: Route = serveRecords()) {
  return vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
    const signal = init?.signal;
    return new Promise<Response>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      Promise.resolve(route(new URL(String(input)), init)).then(resolve, reject);
    });
  });
}

/** Creates a card with these attributes inside `parent`. */
export function mount(attributes: Record<string, string>, parent: ParentNode = document.body): RelationsCard {
  const card = document.createElement('relations-card');
  for (const [name, value] of Object.entries({ api: API, ...attributes })) card.setAttribute(name, value);
  parent.append(card);
  return card;
}

/** The card's visible text with whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The card's shadow root, which is always open. */
export function shadow(card: RelationsCard): ShadowRoot {
  if (!card.shadowRoot) throw new Error('no shadow root');
  return card.shadowRoot;
}

/** How long a card may take: the first in a file waits for the dev server to serve its chunks. */
const SETTLE = { timeout: 5000 };

/** Waits until the card shows its facts. */
export async function loaded(card: RelationsCard): Promise<void> {
  await vi.waitFor(() => {
    if (!shadow(card).querySelector('.facts dd')) throw new Error('not loaded yet');
  }, SETTLE);
  await card.updateComplete;
}

/** Waits until the card shows an error. */
export async function failed(card: RelationsCard): Promise<HTMLElement> {
  return vi.waitFor(() => {
    // An error is an alert; "no data" is a status, but takes the same place in the card.
    const alert = shadow(card).querySelector<HTMLElement>('.error');
    if (!alert) throw new Error('no error yet');
    return alert;
  }, SETTLE);
}

/** The `<dd>` that follows the `<dt>` with this label. */
export function fact(card: RelationsCard, label: string): HTMLElement | undefined {
  const dt = [...shadow(card).querySelectorAll('dt')].find((d) => textOf(d) === label);
  return (dt?.nextElementSibling as HTMLElement | null) ?? undefined;
}

/** Resets the page, the record cache and the stubs between tests. */
export function reset(): void {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  document.documentElement.setAttribute('lang', 'en');
  clearRecordCache();
}
