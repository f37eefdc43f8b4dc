// `npm run data:lexicons`: writes the lexicon files the ingester reads, from their committed sources.
import { writeFileSync } from 'node:fs';
import { buildLexicons, formatLexicon } from './build-lexicons.ts';

const files = buildLexicons();
for (const [name, value] of Object.entries(files)) {
  const path = new URL(`./data/${name}`, import.meta.url);
  writeFileSync(path, formatLexicon(value));
  console.log(`wrote data/ingest/lexicon/data/${name}`);
}
