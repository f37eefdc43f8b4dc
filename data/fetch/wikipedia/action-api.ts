// MediaWiki's Action API as the fetcher uses it: JSON format version 2, maxlag on every call, continuation followed.
import type { PoliteClient, TextResponse } from '../polite-client.ts';

/** Wikimedia asks non-interactive clients to back off when replicas lag by more than 5 s. */
export const MAXLAG_SECONDS = 5;

/** A page as `action=query` returns it (formatversion=2). */
export interface ApiPage {
  pageid?: number;
  ns?: number;
  title: string;
  missing?: boolean;
  invalid?: boolean;
  invalidreason?: string;
  extract?: string;
  revisions?: { revid: number; parentid?: number; timestamp: string }[];
}

/** The parts of a query answer the fetcher reads. */
export interface QueryAnswer {
  batchcomplete?: boolean;
  continue?: Record<string, string>;
  query?: {
    normalized?: { from: string; to: string }[];
    redirects?: { from: string; to: string; tofragment?: string }[];
    pages?: ApiPage[];
    categorymembers?: { pageid: number; ns: number; title: string }[];
  };
  warnings?: Record<string, { warnings?: string }>;
  error?: { code: string; info: string };
}

/** An error the API answered with (not maxlag, which is retried). */
export class ApiError extends Error {
  readonly code: string;
  constructor(code: string, info: string) {
    super(`MediaWiki API error ${code}: ${info}`);
    this.name = 'ApiError';
    this.code = code;
  }
}

/** maxlag comes back as HTTP 200 with an error body and a Retry-After: the client waits and asks again. */
function maxlagReason(response: TextResponse): string | undefined {
  if (!response.text.includes('"maxlag"')) return undefined;
  try {
    const error = (JSON.parse(response.text) as QueryAnswer).error;
    return error?.code === 'maxlag' ? `replication lag (${error.info})` : undefined;
  } catch {
    return undefined;
  }
}

/** An Action API endpoint, e.g. https://en.wikipedia.org/w/api.php. */
export function actionApi(client: PoliteClient, endpoint: string) {
  async function query(params: Record<string, string>): Promise<QueryAnswer> {
    const url = new URL(endpoint);
    const all = { action: 'query', format: 'json', formatversion: '2', maxlag: String(MAXLAG_SECONDS), ...params };
    for (const [key, value] of Object.entries(all)) url.searchParams.set(key, value);
    const response = await client.request(url, { retryIf: maxlagReason });
    let answer: QueryAnswer;
    try {
      answer = JSON.parse(response.text) as QueryAnswer;
    } catch {
      throw new ApiError('not-json', `${url.host} did not answer with JSON (is ${endpoint} an api.php?)`);
    }
    if (answer.error) throw new ApiError(answer.error.code, answer.error.info);
    return answer;
  }

  return {
    query,
    /** Every answer of a query, following `continue` until the API says it is complete. */
    async *queryAll(params: Record<string, string>): AsyncGenerator<QueryAnswer> {
      let next: Record<string, string> = {};
      for (;;) {
        const answer = await query({ ...params, ...next });
        yield answer;
        if (!answer.continue) return;
        next = answer.continue;
      }
    },
  };
}

/** The client actionApi makes. */
export type ActionApi = ReturnType<typeof actionApi>;
