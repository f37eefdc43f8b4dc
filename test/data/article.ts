// Helpers for tests: a small article from a title and body, and fixture articles by name.
import { readFileSync } from 'node:fs';
import { ingestArticle } from '../../data/ingest/index.ts';
import type { RelationsRecord } from '../../data/schema/index.ts';

/** The record of an article made of a `= Title =` line and `body`; fails the test if there is none. */
export function recordOf(title: string, body: string): RelationsRecord {
  const result = ingestArticle(`= ${title} =\n\n${body}\n`);
  if (!result.record) throw new Error(`no record: ${JSON.stringify(result.errors)}`);
  return result.record;
}

/** A fixture article's text (test/data/fixtures/<name>.txt). */
export const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}.txt`, import.meta.url), 'utf8');

/** Facts without their provenance, for comparing content. */
export const bare = <T extends { provenance: unknown }>(facts: T[]): Omit<T, 'provenance'>[] =>
  facts.map(({ provenance, ...rest }) => rest);
