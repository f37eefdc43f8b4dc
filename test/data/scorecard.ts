// The scorecard: precision, recall and F1 of ingestion per fact kind on the fixture articles and their fact lists.
import { readdirSync, readFileSync } from 'node:fs';
import { ingestArticle } from '../../data/ingest/index.ts';
import { compact, LINE_KINDS, type LineKind } from './compact-facts.ts';
import { identityOf } from './fact-lines.ts';

/** A fixture's expected facts, as test/data/fixtures/<a>-<b>.facts.json holds them. */
export type FactsFile = { title: string; basedOn?: string; facts: Record<LineKind, string[]>; notes?: string };

/** Counts of one kind (or of all): facts expected, facts extracted, found (identity matches), exact matches. */
export type Tally = { expected: number; extracted: number; found: number; exact: number };

/** Precision, recall and F1 from a tally (1 where there is nothing to measure). */
export type Figures = { precision: number; recall: number; f1: number };

/** One article's misses: expected lines not found, extracted lines not expected. */
export type ArticleMisses = { name: string; missed: string[]; extra: string[] };

/** The whole scorecard. */
export type Scorecard = { articles: number; kinds: Record<LineKind, Tally>; overall: Tally; misses: ArticleMisses[] };

export const FIXTURES_DIR = new URL('./fixtures/', import.meta.url);

/** Precision, recall and F1 of a tally, rounded to three decimals. */
export function figures(t: Tally): Figures {
  const precision = t.extracted ? t.found / t.extracted : 1;
  const recall = t.expected ? t.found / t.expected : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

/** Matches extracted lines to expected ones: exact lines first, then by identity; each line used once. */
function matchLines(kind: LineKind, expected: string[], extracted: string[]) {
  const left = [...extracted];
  const missed: string[] = [];
  const loose: string[] = [];
  let exact = 0;
  for (const line of expected) {
    const at = left.indexOf(line);
    if (at >= 0) {
      left.splice(at, 1);
      exact++;
    } else loose.push(line);
  }
  let found = exact;
  for (const line of loose) {
    const id = identityOf(kind, line);
    const at = left.findIndex((l) => identityOf(kind, l) === id);
    if (at >= 0) {
      left.splice(at, 1);
      found++;
    } else missed.push(line);
  }
  return { found, exact, missed, extra: left };
}

const empty = (): Tally => ({ expected: 0, extracted: 0, found: 0, exact: 0 });

/** Scores every fixture that has a .facts.json beside its .txt. */
export function scoreFixtures(dir: URL = FIXTURES_DIR): Scorecard {
  const kinds = Object.fromEntries(LINE_KINDS.map((k) => [k, empty()])) as Record<LineKind, Tally>;
  const overall = empty();
  const misses: ArticleMisses[] = [];
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.facts.json'))
    .map((f) => f.slice(0, -'.facts.json'.length))
    .sort();
  for (const name of names) {
    const expected = (JSON.parse(readFileSync(new URL(`${name}.facts.json`, dir), 'utf8')) as FactsFile).facts;
    const result = ingestArticle(readFileSync(new URL(`${name}.txt`, dir), 'utf8'));
    const extracted = result.record ? compact(result.record) : undefined;
    const article: ArticleMisses = { name, missed: [], extra: [] };
    for (const kind of LINE_KINDS) {
      const want = expected[kind] ?? [];
      const got = extracted?.[kind] ?? [];
      const m = matchLines(kind, want, got);
      for (const t of [kinds[kind], overall]) {
        t.expected += want.length;
        t.extracted += got.length;
        t.found += m.found;
        t.exact += m.exact;
      }
      article.missed.push(...m.missed.map((l) => `${kind}: ${l}`));
      article.extra.push(...m.extra.map((l) => `${kind}: ${l}`));
    }
    if (article.missed.length || article.extra.length) misses.push(article);
  }
  return { articles: names.length, kinds, overall, misses };
}

/** The scorecard as a text table. */
export function formatScorecard(card: Scorecard): string {
  const rows = [...LINE_KINDS.map((k) => [k, card.kinds[k]] as const), ['overall', card.overall] as const];
  const pad = (s: string | number, n: number) => String(s).padStart(n);
  const lines = [
    `Ingestion scorecard on ${card.articles} fixture articles (test/data/fixtures/*.facts.json).`,
    'A fact is found when its identifying parts match an expected line (see test/data/fact-lines.ts);',
    '"exact" counts the found facts whose whole line matches, details included.',
    '',
    `${'kind'.padEnd(12)}${pad('expected', 9)}${pad('extracted', 10)}${pad('found', 7)}${pad('exact', 7)}${pad('P', 7)}${pad('R', 7)}${pad('F1', 7)}`,
  ];
  for (const [kind, t] of rows) {
    const f = figures(t);
    lines.push(
      `${kind.padEnd(12)}${pad(t.expected, 9)}${pad(t.extracted, 10)}${pad(t.found, 7)}${pad(t.exact, 7)}${pad(f.precision.toFixed(3), 7)}${pad(f.recall.toFixed(3), 7)}${pad(f.f1.toFixed(3), 7)}`,
    );
  }
  return lines.join('\n');
}

/** A baseline: the figures per kind and overall that must not drop. */
export type Baseline = { articles: number; kinds: Record<LineKind | 'overall', Figures> };

/** The baseline of a scorecard. */
export function baselineOf(card: Scorecard): Baseline {
  const kinds = Object.fromEntries(LINE_KINDS.map((k) => [k, figures(card.kinds[k])])) as Record<LineKind, Figures>;
  return { articles: card.articles, kinds: { ...kinds, overall: figures(card.overall) } };
}

/** How much a figure may drop below the baseline before the check fails. */
export const TOLERANCE = 0.005;

/** The figures below the baseline by more than the tolerance, as readable lines. */
export function regressions(card: Scorecard, baseline: Baseline): string[] {
  const now = baselineOf(card).kinds;
  const out: string[] = [];
  for (const [kind, was] of Object.entries(baseline.kinds)) {
    const is = now[kind as keyof typeof now];
    for (const figure of ['precision', 'recall', 'f1'] as const) {
      if (is && is[figure] < was[figure] - TOLERANCE)
        out.push(`${kind} ${figure}: ${is[figure].toFixed(3)} < baseline ${was[figure].toFixed(3)}`);
    }
  }
  return out;
}
