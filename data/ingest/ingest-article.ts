// Turns one bilateral-relations article into a record whose every fact says where in the text it came from.
import { FACT_KINDS, type FactKind, LIMITS, pairId, type RelationsRecord } from '../schema/index.ts';
import type { ArticleContext } from './context/sentence-context.ts';
import { extractSeeAlso, wikipediaUrl } from './extract-see-also.ts';
import { FACT_REGISTRY } from './fact-registry.ts';
import { cleanText, fitRecord } from './fit-record.ts';
import { lexicon } from './lexicon/lexicon.ts';
import { readSentences } from './read-article.ts';
import { LineIndex } from './text/line-index.ts';
import { parseArticle } from './text/parse-article.ts';
import { pairOfTitle } from './title-pair.ts';

/** Where the article came from, for the record's `sources` entry. */
export type IngestOptions = { sourceId?: string; url?: string; retrieved?: string; revision?: string };

/** A record when the article names a pair, plus what the reader noticed and what stopped it. */
export type IngestResult = {
  record?: RelationsRecord;
  warnings: string[];
  errors: { line: number; message: string }[];
};

/** Ingest one article. Pure: the same text and options always give the same result, and it never throws. */
export function ingestArticle(text: string, options: IngestOptions = {}): IngestResult {
  const warnings: string[] = [];
  const errors: { line: number; message: string }[] = [];
  const input = typeof text === 'string' ? text : '';
  const article = parseArticle(input);
  if (!article.title) {
    errors.push({ line: 1, message: 'expected a first line "= A–B relations =" naming the pair of countries' });
    return { warnings, errors };
  }
  if (cleanText(article.title) !== article.title || article.title.length > LIMITS.shortText) {
    errors.push({ line: article.titleLine ?? 1, message: 'the title is too long or holds invisible characters' });
    return { warnings, errors };
  }
  const pair = pairOfTitle(article.title);
  if (!pair) {
    errors.push({
      line: article.titleLine ?? 1,
      message: `the title "${article.title}" does not name two countries ("A–B relations")`,
    });
    return { warnings, errors };
  }
  const source = options.sourceId ?? 'wikipedia';
  const missionCities = new Map<string, string>();
  const context: ArticleContext = { pair, source, cityCountry: (city) => missionCities.get(city) };
  const sentences = readSentences(input, article.sections, context, new LineIndex(input), lexicon());
  const found = {} as { [K in FactKind]: RelationsRecord[K] };
  for (const kind of FACT_KINDS) {
    const entry = FACT_REGISTRY[kind];
    const facts: unknown[] = [];
    if (entry.reader) {
      for (const sentence of sentences) {
        try {
          for (const fact of entry.reader.read(sentence)) facts.push(fact);
        } catch (error) {
          warnings.push(`line ${sentence.line}: sentence skipped (${(error as Error).message})`);
        }
      }
    }
    (found as Record<FactKind, unknown>)[kind] = entry.merge(facts as never[]);
    // Visits come after missions: a city the article gives a mission in ("a consulate-general in Osaka") is a place.
    if (kind === 'missions')
      for (const m of found.missions)
        if (m.city && m.residency === 'resident' && !missionCities.has(m.city)) missionCities.set(m.city, m.host);
  }
  const [a, b] = [...pair].sort() as [string, string];
  const title = article.title;
  const record: RelationsRecord = {
    schemaVersion: 1,
    id: pairId(a, b),
    countries: [a, b],
    title,
    ...found,
    seeAlso: extractSeeAlso(article.sections),
    sources: [
      {
        id: source,
        title,
        url: options.url ?? wikipediaUrl(title),
        ...(options.url === undefined || options.url.includes('wikipedia.org') ? { license: 'CC BY-SA 4.0' } : {}),
        ...(options.retrieved ? { retrieved: options.retrieved } : {}),
        ...(options.revision ? { revision: options.revision } : {}),
      },
    ],
  };
  const fitted = fitRecord(record, FACT_KINDS, warnings);
  if (FACT_KINDS.every((kind) => fitted[kind].length === 0)) warnings.push('no facts found in the article');
  return { record: fitted, warnings, errors };
}
