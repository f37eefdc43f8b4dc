// Fetches a pair's record: one request per pair per page, shared by every card, aborted when no card wants it.

import type { CountryPair } from './country-pair.ts';
import type { RelationsRecord } from './record.ts';

/** An RFC 9457 problem document, as the API sends with errors. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  [extension: string]: unknown;
}

/** Why a record could not be shown: `bad-api` is an `api` attribute that is no web address. */
export type RecordErrorKind =
  | 'not-found'
  | 'bad-request'
  | 'network'
  | 'timeout'
  | 'bad-response'
  | 'server'
  | 'bad-api';

/** A failed load: the HTTP status (0 without a response) and the problem document, if the API sent one. */
export class RecordError extends Error {
  readonly kind: RecordErrorKind;
  readonly status: number;
  readonly problem: Problem | undefined;
  constructor(kind: RecordErrorKind, status: number, problem?: Problem) {
    super(problem?.detail ?? problem?.title ?? `relations-card: ${kind} (${status})`);
    this.name = 'RecordError';
    this.kind = kind;
    this.status = status;
    this.problem = problem;
  }
}

interface Entry {
  promise: Promise<RelationsRecord>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

const entries = new Map<string, Entry>();

/** Forgets every cached record, for tests; neither the bundle nor the package's exports offer it to a page. */
export function clearRecordCache(): void {
  for (const entry of entries.values()) if (!entry.settled) entry.controller.abort();
  entries.clear();
}

function kindOf(status: number): RecordErrorKind {
  if (status === 404) return 'not-found';
  if (status === 400 || status === 422) return 'bad-request';
  return status >= 500 ? 'server' : 'bad-response';
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  try {
    const body: unknown = await response.json();
    return body && typeof body === 'object' ? (body as Problem) : undefined;
  } catch {
    return undefined;
  }
}

/** The shape checks the card relies on; the full schema stays on the server so no validator enters the bundle. */
function isRecord(body: unknown, pair: CountryPair): body is RelationsRecord {
  const r = body as RelationsRecord;
  const lists = ['events', 'missions', 'memberships', 'agreements', 'visits', 'assistance', 'diaspora', 'sources'];
  return (
    !!r &&
    typeof r === 'object' &&
    r.id === pair.id &&
    typeof r.title === 'string' &&
    lists.every((key) => Array.isArray((r as unknown as Record<string, unknown>)[key]))
  );
}

async function request(url: string, pair: CountryPair, signal: AbortSignal): Promise<RelationsRecord> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new RecordError('network', 0);
  }
  if (!response.ok) throw new RecordError(kindOf(response.status), response.status, await readProblem(response));
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new RecordError('bad-response', response.status);
  }
  if (!isRecord(body, pair)) throw new RecordError('bad-response', response.status);
  return body;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/**
 * The API's base URL from an `api` attribute: an absolute http(s) URL, a protocol-relative one (`//host`) or a path
 * from the page's root (`/relations`); empty means `fallback`. Anything else is refused with a `bad-api` error rather
 * than read as a path relative to the page ("not a url" would ask the page's own server for records).
 */
export function apiBase(api: string, fallback: string): URL {
  const value = api.trim() || fallback;
  if (/^(?:https?:)?\/\/|^\//i.test(value)) {
    try {
      const url = new URL(value.replace(/\/*$/, '/'), document.baseURI);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url;
    } catch {
      // Not a URL at all ("https://"): refused below.
    }
  }
  throw new RecordError('bad-api', 0, { title: 'Invalid api attribute', detail: `Not a web address: ${value}` });
}

/**
 * The record of a pair from the API at `api`. Callers asking for the same pair share one request and its result;
 * when every caller's `signal` has aborted before the response, the request itself is aborted. Failures are not
 * cached, so a retry asks again.
 */
export function fetchRecord(api: URL, pair: CountryPair, signal?: AbortSignal): Promise<RelationsRecord> {
  const url = new URL(`v1/relations/${pair.codes[0]}/${pair.codes[1]}`, api).href;
  let entry = entries.get(url);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = { controller, waiting: 0, settled: false, promise: request(url, pair, controller.signal) };
    created.promise.then(
      () => {
        created.settled = true;
      },
      () => {
        created.settled = true;
        if (entries.get(url) === created) entries.delete(url);
      },
    );
    entries.set(url, created);
    entry = created;
  }
  if (!signal) return entry.promise;
  if (signal.aborted) return Promise.reject(abortError(signal));
  const shared = entry;
  shared.waiting++;
  return new Promise<RelationsRecord>((resolve, reject) => {
    const onAbort = () => {
      reject(abortError(signal));
      if (--shared.waiting === 0 && !shared.settled) {
        shared.controller.abort();
        if (entries.get(url) === shared) entries.delete(url);
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
      if (!signal.aborted) shared.waiting--;
    });
  });
}
