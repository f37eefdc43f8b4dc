// Articles from the internet may be built to hurt: each hostile shape at a megabyte is ingested in linear time.
import { describe, expect, it } from 'vitest';
import { HOSTILE_SHAPES } from '../../bench/ingest/hostile-shapes.ts';
import { ingestArticle } from '../../data/ingest/index.ts';
import { RelationsRecord } from '../../data/schema/index.ts';

const MEGABYTE = 1_000_000;

describe('ingestion on hostile input', () => {
  it.each(HOSTILE_SHAPES.map((s) => [s.name, s.make] as const))(
    'finishes "%s" at 1 MB in seconds',
    (_, make) => {
      const text = make(MEGABYTE);
      const start = performance.now();
      const result = ingestArticle(text);
      const seconds = (performance.now() - start) / 1000;
      // A linear ingester reads a megabyte in about a second here; a quadratic one takes minutes.
      expect(seconds).toBeLessThan(30);
      if (result.record) expect(RelationsRecord.safeParse(result.record).success).toBe(true);
    },
    60_000,
  );

  it("keeps one sentence told 30,000 times as one fact, with the schema's 200 tellings at most, and says so", () => {
    const text = `= Albania–Denmark relations =\n\n${'Both countries are members of NATO. '.repeat(30_000)}`;
    const { record, warnings } = ingestArticle(text);
    expect(record?.memberships).toHaveLength(1);
    expect(record?.memberships[0]?.provenance).toHaveLength(200);
    expect(warnings).toContain('a memberships fact is stated 30000 times; the first 200 are kept');
    expect(RelationsRecord.safeParse(record).success).toBe(true);
  });

  it('leaves invisible characters out of the text a record holds', () => {
    const text =
      '= Albania–Denmark relations =\n\nAlbania has an embassy in Copen\u202Ehagen. Denmark has an embassy in Tirana.';
    const { record } = ingestArticle(text);
    expect(RelationsRecord.safeParse(record).success).toBe(true);
    expect(JSON.stringify(record)).not.toContain('\u202E');
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
  }, 60_000);
});
