// Counts KV reads per warm request two ways: the worker's own Server-Timing (`kv;dur=...` per read) and
// the independent count the counting entry adds (see kv-read-counter.ts).
import { KV_READS_HEADER } from './kv-read-counter.ts';

/** Mean KV reads per request; null where that source said nothing. */
export type KvReadCount = {
  /** What the counting entry saw the worker do: the figure the target is checked against. */
  counted: number | null;
  /** What the worker reported in Server-Timing; null when no response carried the header. */
  reported: number | null;
  sampled: number;
};

/** The number of `kv` metrics in a Server-Timing header value (`kv;dur=1.2, total;dur=3`). */
export function countKvMetrics(serverTiming: string): number {
  return serverTiming
    .split(',')
    .map((metric) => metric.split(';')[0]?.trim().toLowerCase())
    .filter((name) => name === 'kv').length;
}

/**
 * Sends `warmup` then `samples` sequential requests to `url` (one at a time: the counter is per isolate)
 * and averages the KV reads of the sampled ones.
 */
export async function countKvReads(
  url: string,
  options: { samples: number; warmup: number; headers?: Record<string, string> },
): Promise<KvReadCount> {
  let counted = 0;
  let reported = 0;
  let withCount = 0;
  let withServerTiming = 0;
  for (let i = 0; i < options.warmup + options.samples; i++) {
    const response = await fetch(url, { headers: options.headers });
    await response.arrayBuffer();
    if (i < options.warmup) continue;
    const count = response.headers.get(KV_READS_HEADER);
    if (count !== null) {
      withCount++;
      counted += Number(count);
    }
    const serverTiming = response.headers.get('server-timing');
    if (serverTiming !== null) {
      withServerTiming++;
      reported += countKvMetrics(serverTiming);
    }
  }
  return {
    counted: withCount > 0 ? counted / withCount : null,
    reported: withServerTiming > 0 ? reported / options.samples : null,
    sampled: options.samples,
  };
}

/** KV reads of requests that each name a pair for the first time in the isolate. */
export type ColdKvReads = {
  /** Mean reads per request, as counted by the counting entry; null where it added no count. */
  counted: number | null;
  /** How many requests read 0, 1, 2… keys. */
  histogram: Record<string, number>;
  sampled: number;
};

/**
 * Sends one request to each of `urls`, in order and one at a time, and counts the KV reads of each: the first
 * request for a pair reads the documents of any state not yet in memory, and nothing else.
 */
export async function countColdKvReads(urls: readonly string[]): Promise<ColdKvReads> {
  let total = 0;
  let withCount = 0;
  const histogram: Record<string, number> = {};
  for (const url of urls) {
    const response = await fetch(url);
    await response.arrayBuffer();
    const count = response.headers.get(KV_READS_HEADER);
    if (count === null) continue;
    withCount++;
    total += Number(count);
    histogram[count] = (histogram[count] ?? 0) + 1;
  }
  return { counted: withCount ? total / withCount : null, histogram, sampled: urls.length };
}
