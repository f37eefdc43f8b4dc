// The first twenty fixture articles give exactly the facts their .facts.json lists: every fact, nothing more.
// (The scorecard measures all fixtures; these twenty are held exactly, as the earlier fixture tests held them.)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../data/ingest/index.ts';
import { RelationsRecord } from '../../data/schema/index.ts';
import { compact } from './compact-facts.ts';
import type { FactsFile } from './scorecard.ts';

const EXACT = [
  'argentina-chile',
  'australia-indonesia',
  'brazil-portugal',
  'canada-mexico',
  'denmark-mexico',
  'denmark-poland',
  'estonia-finland',
  'germany-israel',
  'greece-turkey',
  'iceland-lithuania',
  'india-japan',
  'ireland-portugal',
  'japan-mongolia',
  'japan-nepal',
  'kenya-uganda',
  'kosovo-norway',
  'netherlands-suriname',
  'norway-sweden',
  'poland-ukraine',
  'sweden-vietnam',
];

const read = (file: string) => readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');

describe.each(EXACT)('%s', (name) => {
  it('gives exactly the facts the article states, and none about third countries', () => {
    const result = ingestArticle(read(`${name}.txt`));
    expect(result.errors).toEqual([]);
    expect(RelationsRecord.safeParse(result.record).success).toBe(true);
    const expected = (JSON.parse(read(`${name}.facts.json`)) as FactsFile).facts;
    expect(compact(result.record as RelationsRecord)).toEqual(expected);
  });
});
