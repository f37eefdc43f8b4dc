// The ingestion library: article text in, a record with provenance out.
export { type IngestOptions, type IngestResult, ingestArticle, pairOfTitle } from './ingest-article.ts';
export { type ParsedArticle, parseArticle } from './parse-article.ts';
