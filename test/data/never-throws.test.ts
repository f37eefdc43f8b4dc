// Property tests: the parser and ingestArticle never throw, whatever text they are given.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestArticle, parseArticle } from '../../data/ingest/index.ts';
import { lexicon } from '../../data/ingest/lexicon/lexicon.ts';
import { tagTokens } from '../../data/ingest/read-article.ts';
import { splitSentences } from '../../data/ingest/text/split-sentences.ts';
import { tokenize } from '../../data/ingest/text/tokenize.ts';
import { RelationsRecord } from '../../data/schema/index.ts';

// Text that looks like an article often enough to reach the extractors, and arbitrary text otherwise.
const fragment = fc.constantFrom(
  '= Albania–Denmark relations =\n',
  '== Visits ==\n',
  '- Prime Minister Edi Rama (2014, 2019)\n',
  'Denmark has an embassy in Tirana. ',
  'About 8,000 Albanians live in Denmark. ',
  'In May 2012, Danish Foreign Minister Villy Søvndal visited Albania. ',
  'Denmark donated 250.000 vaccine doses and 3 million DKK to Albania. ',
  'Relations were severed in 1939 and restored in 1991. ',
  'Both countries are members of NATO. ',
  'Both countries are members of NATO and the Forum of Small States, while Albania is not a member of the EU. ',
  'Rama hosted Frederiksen in Tirana in 2019, and Søvndal visited Tirana on 3 May 2013. ',
  'In 1997 Denmark gave Albania 10 million Deutsche Mark in flood relief. ',
  'Visits from Denmark to Albania\nYear | Visitor | Office\n2014 | Lars Rasmussen | Prime Minister\n',
  'Danes in Albania | approx. 1,500 | 2020\n',
  ' from 30 November to 6 December 2013 ',
  '|',
  '⟨0⟩ ⟨99⟩ ',
  '\n\n',
  '"',
  '.',
);
const articleLike = fc
  .array(fc.oneof(fragment, fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('the ingestion library on arbitrary text', () => {
  it('parseArticle never throws and keeps offsets inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), articleLike), (text) => {
        for (const section of parseArticle(text).sections) {
          for (const block of section.blocks) {
            expect(text.slice(block.start, block.end)).toBe(block.text);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('ingestArticle never throws, and any record it gives is valid with spans inside the text', () => {
    fc.assert(
      fc.property(articleLike, (text) => {
        const result = ingestArticle(text);
        if (!result.record) return;
        expect(RelationsRecord.safeParse(result.record).success).toBe(true);
        for (const fact of [...result.record.events, ...result.record.visits, ...result.record.assistance]) {
          for (const p of fact.provenance) {
            expect(p.span?.[0]).toBeGreaterThanOrEqual(0);
            expect(p.span?.[1]).toBeLessThanOrEqual(text.length);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the tokenizer, the sentence splitter and the tagger never throw, and tokens keep their offsets', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), articleLike), (text) => {
        const tokens = tokenize(text, 0, text.length, lexicon().lemmaOf);
        for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
        splitSentences(tokens, false);
        tagTokens(tokens, ['AL', 'DK']);
      }),
      { numRuns: 500 },
    );
  });

  it("ingests any mixture of the fixtures' sentences into a valid record, and never hangs", () => {
    const dir = new URL('./fixtures/', import.meta.url);
    const pieces = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .flatMap((f) => readFileSync(new URL(f, dir), 'utf8').split(/(?<=[.;\n])/));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const result = ingestArticle(`= Albania–Denmark relations =\n\n${parts.join(' ')}`);
        expect(result.warnings.filter((w) => w.includes('skipped'))).toEqual([]);
        expect(RelationsRecord.safeParse(result.record).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('does not hang on long runs of the characters its patterns repeat', () => {
    const long = `${'Denmark '.repeat(2000)}${'1,'.repeat(5000)} ${'A '.repeat(5000)}embassy in ${'Tirana '.repeat(2000)}`;
    expect(() => ingestArticle(`= Albania–Denmark relations =\n\n${long}`)).not.toThrow();
  });
});
