// The ingestion library: article text in, a record with provenance out.
export { type IngestOptions, type IngestResult, ingestArticle } from './ingest-article.ts';
export { type ParsedArticle, parseArticle } from './text/parse-article.ts';
export { lookupCountry, pairOfTitle } from './title-pair.ts';
