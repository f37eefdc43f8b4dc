// The scorecard inside npm test: no figure may drop below the committed baseline (test/data/score-baseline.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Baseline, regressions, scoreFixtures } from './scorecard.ts';

const baseline = JSON.parse(readFileSync(new URL('./score-baseline.json', import.meta.url), 'utf8')) as Baseline;

describe('the ingestion scorecard on the fixture articles', () => {
  const card = scoreFixtures();

  it('scores every fixture that lists its facts', () => {
    expect(card.articles).toBeGreaterThanOrEqual(baseline.articles);
  });

  it('stays at or above the baseline for every kind and overall (tolerance 0.005)', () => {
    expect(regressions(card, baseline)).toEqual([]);
  });
});
