// The lexicon files are what the generator makes from their committed sources, and every rule compiles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACT_REGISTRY } from '../../data/ingest/fact-registry.ts';
import { buildLexicons, formatLexicon } from '../../data/ingest/lexicon/build-lexicons.ts';
import { FACT_KINDS } from '../../data/schema/index.ts';

describe('the lexicons', () => {
  const built = buildLexicons();

  it.each(Object.keys(built))('data/ingest/lexicon/data/%s is current (npm run data:lexicons)', (name) => {
    const committed = readFileSync(new URL(`../../data/ingest/lexicon/data/${name}`, import.meta.url), 'utf8');
    expect(committed === formatLexicon(built[name as keyof typeof built])).toBe(true);
  });

  it('knows the cities of the missions dataset and the reference organisations by their labels', () => {
    expect(built['cities.json'].Tirana).toBe('AL');
    expect(built['organizations.json'].find((o) => o.label === 'Council of Europe')?.aliases).toContain('CoE');
  });
});

describe('the registry', () => {
  it('has one entry per fact kind, in the schema order', () => {
    expect(Object.keys(FACT_REGISTRY)).toEqual([...FACT_KINDS]);
  });

  it.each(FACT_KINDS.filter((k) => FACT_REGISTRY[k].reader))('compiles every rule of %s', (kind) => {
    for (const rules of FACT_REGISTRY[kind].reader?.rules ?? [])
      expect(rules.compiled().length).toBe(rules.rules.length);
  });
});
