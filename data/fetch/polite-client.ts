// One HTTP client for every live source: one request at a time, a User-Agent that names us, retries that wait as told.

/** A response as the fetchers read it: the whole body already read. */
export interface TextResponse {
  status: number;
  headers: Headers;
  text: string;
  url: string;
}

/** Options of politeClient. */
export interface PoliteClientOptions {
  /** Sent with every request: a name, a version and a way to contact the maintainer (Wikimedia's policy). */
  userAgent: string;
  /** Attempts after the first one for a retryable answer. @default 5 */
  maxRetries?: number;
  /** First backoff when the server gives no Retry-After; doubled each attempt. @default 2000 */
  backoffMs?: number;
  /** Longest single wait; a Retry-After beyond it is honoured up to it. @default 120000 */
  maxWaitMs?: number;
  /** Least time between the starts of two requests. @default 0 */
  intervalMs?: number;
  /** Abort a request that has not answered by then. @default 60000 */
  timeoutMs?: number;
  /** Tests replace the clock's waiting. */
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
  /** Where retries are reported. @default console.error */
  log?: (line: string) => void;
}

/** Why an answer is retried: the server's own words, for the log. */
export type RetryReason = string | undefined;

/** Options of one request. */
export interface RequestOptions {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string | URLSearchParams;
  /** An answer that is not an HTTP error but asks to come back later (MediaWiki's maxlag is a 200). */
  retryIf?: (response: TextResponse) => RetryReason;
}

/** What a client did, for progress output and tests. */
export interface ClientStats {
  requests: number;
  retries: number;
  waitedMs: number;
}

/** A request that failed for good: the last status (0 for no answer) and why. */
export class FetchError extends Error {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.name = 'FetchError';
    this.status = status;
  }
}

const RETRY_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The client the fetchers share. Requests are queued, so callers can never run two at once. */
export function politeClient(options: PoliteClientOptions) {
  const maxRetries = options.maxRetries ?? 5;
  const backoffMs = options.backoffMs ?? 2000;
  const maxWaitMs = options.maxWaitMs ?? 120_000;
  const intervalMs = options.intervalMs ?? 0;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const doFetch = options.fetch ?? fetch;
  const log = options.log ?? ((line: string) => console.error(line));
  const stats: ClientStats = { requests: 0, retries: 0, waitedMs: 0 };
  let queue: Promise<unknown> = Promise.resolve();
  let lastStart = Number.NEGATIVE_INFINITY;

  const wait = async (ms: number) => {
    if (ms <= 0) return;
    stats.waitedMs += ms;
    await sleep(ms);
  };

  async function once(url: URL, request: RequestOptions): Promise<TextResponse> {
    await wait(lastStart + intervalMs - performance.now());
    lastStart = performance.now();
    stats.requests++;
    const response = await doFetch(url, {
      method: request.method ?? 'GET',
      headers: { 'User-Agent': options.userAgent, 'Api-User-Agent': options.userAgent, ...request.headers },
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
    });
    return { status: response.status, headers: response.headers, text: await response.text(), url: response.url };
  }

  async function run(url: URL, request: RequestOptions): Promise<TextResponse> {
    for (let attempt = 0; ; attempt++) {
      let reason: string;
      let told: number | undefined;
      try {
        const response = await once(url, request);
        const asked = RETRY_STATUSES.has(response.status)
          ? `HTTP ${response.status}`
          : response.status < 400
            ? request.retryIf?.(response)
            : undefined;
        if (!asked) {
          if (response.status >= 400)
            throw new FetchError(`${url.host} answered HTTP ${response.status} for ${url}`, response.status);
          return response;
        }
        reason = asked;
        told = retryAfterMs(response.headers.get('retry-after'));
        if (attempt >= maxRetries)
          throw new FetchError(`${url.host}: ${reason}, still after ${maxRetries} retries`, response.status);
      } catch (error) {
        if (error instanceof FetchError) throw error;
        reason = (error as Error).name === 'TimeoutError' ? `no answer in ${timeoutMs / 1000} s` : String(error);
        if (attempt >= maxRetries) throw new FetchError(`${url.host}: ${reason}, still after ${maxRetries} retries`, 0);
      }
      const backoff = Math.min(maxWaitMs, backoffMs * 2 ** attempt);
      const delay = Math.min(maxWaitMs, told ?? backoff);
      stats.retries++;
      log(`  ${url.host}: ${reason}; retry ${attempt + 1}/${maxRetries} in ${(delay / 1000).toFixed(1)} s`);
      await wait(delay);
    }
  }

  return {
    stats,
    /** The answer to one request, after any retries; a FetchError when it never came or was an HTTP error. */
    request(url: URL, request: RequestOptions = {}): Promise<TextResponse> {
      const next = queue.then(() => run(url, request));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

/** The client politeClient makes. */
export type PoliteClient = ReturnType<typeof politeClient>;
