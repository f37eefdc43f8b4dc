// Articles per second of `ingestArticle` on one core, over generated and real-length articles, and seconds per
// megabyte on the hostile shapes.
import { performance } from 'node:perf_hooks';
import { generateCorpus } from './generate-corpus.ts';
import { HOSTILE_SHAPES } from './hostile-shapes.ts';
import { realArticles } from './real-corpus.ts';

/** What the ingest benchmark measured, or why it could not. */
export type IngestResult = {
  articles: number;
  articlesPerSecond: number | null;
  /** Articles that produced a record, and that reported errors: shows the corpus exercised the pipeline. */
  withRecord: number | null;
  withErrors: number | null;
  meanArticleBytes: number;
  /** Timed passes over the corpus; the fastest gives articlesPerSecond. */
  passes?: number;
  /** The seed and the fixtures, repeated to the same number of articles. */
  real?: { articles: number; distinct: number; meanArticleBytes: number; articlesPerSecond: number };
  /** Seconds per megabyte of each hostile shape, at `bytes` long. */
  hostile?: { bytes: number; shapes: { name: string; secondsPerMegabyte: number }[] };
  note?: string;
};

const PASSES = 3;

type IngestArticle = (text: string) => { record?: unknown; warnings: unknown[]; errors: unknown[] };

/** Generates `count` articles, warms the pipeline on a slice, then times passes over all of them. */
export async function measureIngest(count: number): Promise<IngestResult> {
  const corpus = generateCorpus(count);
  const meanArticleBytes = Math.round(
    corpus.reduce((n, { text }) => n + Buffer.byteLength(text), 0) / Math.max(1, corpus.length),
  );
  let ingestArticle: IngestArticle;
  try {
    // A URL, not a literal, so the benchmark still type-checks and runs (and says so) before data/ingest lands.
    const specifier = new URL('../../data/ingest/index.ts', import.meta.url).href;
    ({ ingestArticle } = (await import(specifier)) as { ingestArticle: IngestArticle });
    if (typeof ingestArticle !== 'function') throw new Error('data/ingest/index.ts exports no ingestArticle');
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      articles: count,
      articlesPerSecond: null,
      withRecord: null,
      withErrors: null,
      meanArticleBytes,
      note: why,
    };
  }
  // Warm-up: let V8 compile the hot paths before the clock runs.
  for (const { text } of corpus.slice(0, Math.min(200, corpus.length))) ingestArticle(text);
  let withRecord = 0;
  let withErrors = 0;
  let fastest = Number.POSITIVE_INFINITY;
  // Three timed passes, the fastest counts: other work on a shared machine only ever slows a pass down.
  for (let pass = 0; pass < PASSES; pass++) {
    withRecord = 0;
    withErrors = 0;
    const start = performance.now();
    for (const { text } of corpus) {
      const result = ingestArticle(text);
      if (result.record) withRecord++;
      if (result.errors.length > 0) withErrors++;
    }
    fastest = Math.min(fastest, (performance.now() - start) / 1000);
  }
  const distinct = realArticles();
  const real = Array.from({ length: count }, (_, i) => distinct[i % distinct.length] as string);
  let realFastest = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < PASSES && distinct.length; pass++) {
    const start = performance.now();
    for (const text of real) ingestArticle(text);
    realFastest = Math.min(realFastest, (performance.now() - start) / 1000);
  }
  const hostileBytes = count >= 3000 ? 1_000_000 : 250_000;
  const shapes = HOSTILE_SHAPES.map(({ name, make }) => {
    const text = make(hostileBytes);
    const start = performance.now();
    ingestArticle(text);
    const seconds = (performance.now() - start) / 1000;
    return { name, secondsPerMegabyte: Math.round((seconds / (text.length / 1_000_000)) * 100) / 100 };
  });
  return {
    articles: corpus.length,
    articlesPerSecond: Math.round(corpus.length / fastest),
    passes: PASSES,
    withRecord,
    withErrors,
    meanArticleBytes,
    ...(distinct.length
      ? {
          real: {
            articles: real.length,
            distinct: distinct.length,
            meanArticleBytes: Math.round(distinct.reduce((n, t) => n + Buffer.byteLength(t), 0) / distinct.length),
            articlesPerSecond: Math.round(real.length / realFastest),
          },
        }
      : {}),
    hostile: { bytes: hostileBytes, shapes },
  };
}
