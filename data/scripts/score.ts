// `npm run data:score [-- --misses] [-- --write-baseline]`: the ingestion scorecard on the fixture articles; exits 1
// when a figure drops below the committed baseline (test/data/score-baseline.json) by more than 0.005.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type Baseline, baselineOf, formatScorecard, regressions, scoreFixtures } from '../../test/data/scorecard.ts';

const BASELINE = new URL('../../test/data/score-baseline.json', import.meta.url);
const { values } = parseArgs({
  options: { misses: { type: 'boolean', default: false }, 'write-baseline': { type: 'boolean', default: false } },
});

const card = scoreFixtures();
console.log(formatScorecard(card));
if (values.misses) {
  for (const article of card.misses) {
    console.log(`\n${article.name}`);
    for (const line of article.missed) console.log(`  missed  ${line}`);
    for (const line of article.extra) console.log(`  extra   ${line}`);
  }
}
if (values['write-baseline']) {
  writeFileSync(BASELINE, `${JSON.stringify(baselineOf(card), null, 2)}\n`);
  console.log('\nwrote test/data/score-baseline.json');
  process.exit(0);
}
if (!existsSync(BASELINE)) {
  console.error('\ndata:score: no baseline (run with --write-baseline)');
  process.exit(1);
}
const dropped = regressions(card, JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline);
if (dropped.length) {
  console.error(`\ndata:score: below the baseline:\n  ${dropped.join('\n  ')}`);
  process.exit(1);
}
console.log('\ndata:score: at or above the baseline');
