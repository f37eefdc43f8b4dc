// Articles from the internet may be built to hurt: each hostile shape at a megabyte is ingested in linear time.
import { describe, expect, it } from 'vitest';
import { HOSTILE_SHAPES } from '../../bench/ingest/hostile-shapes.ts';
import { ingestArticle } from '../../data/ingest/index.ts';
import { RelationsRecord } from '../../data/schema/index.ts';

const MEGABYTE = 1_000_000;

describe('ingestion on hostile input', () => {
  it.each(HOSTILE_SHAPES.map((s) => [s.name, s.make] as const))('finishes "%s" at 1 MB in seconds', (_, make) => {
    const text = make(MEGABYTE);
    const start = performance.now();
    const result = ingestArticle(text);
    const seconds = (performance.now() - start) / 1000;
    // A linear ingester reads a megabyte in about a second here; a quadratic one takes minutes.
    expect(seconds).toBeLessThan(15);
    if (result.record) expect(RelationsRecord.safeParse(result.record).success).toBe(true);
  });

  it('keeps one sentence told 30,000 times as one fact, with each telling once', () => {
    const text = `= Albania–Denmark relations =\n\n${'Both countries are members of NATO. '.repeat(30_000)}`;
    const { record } = ingestArticle(text);
    expect(record?.memberships).toHaveLength(1);
    expect(record?.memberships[0]?.provenance).toHaveLength(30_000);
  });

  it('takes about as long per byte on a four times longer input (linear: x4, where quadratic would be x16)', () => {
    const shape = HOSTILE_SHAPES[0] as (typeof HOSTILE_SHAPES)[number];
    // The fastest of three runs: other tests share the machine's cores.
    const time = (bytes: number) => {
      const text = shape.make(bytes);
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        ingestArticle(text);
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    time(50_000);
    const small = time(100_000);
    const large = time(400_000);
    expect(large / small).toBeLessThan(8);
  });
});
