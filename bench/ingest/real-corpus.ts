// Real-length articles for the ingest benchmark: the seed and the fixture articles (1.5 to 5 KB each).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../../test/data/fixtures/', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

/** The texts of the seed (where present) and of every fixture article. */
export function realArticles(): string[] {
  const read = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => readFileSync(`${dir}${f}`, 'utf8'))
      : [];
  return [...read(SEEDS), ...read(FIXTURES)];
}
