// The SPARQL 1.1 Query Results JSON format (application/sparql-results+json), as the Wikidata Query Service sends it.

/** One bound value: an IRI, a literal (with its language or datatype) or a blank node. */
export interface SparqlTerm {
  type: 'uri' | 'literal' | 'bnode' | 'typed-literal';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

/** One solution: the variables it binds (an unbound variable is absent). */
export type SparqlBinding = Record<string, SparqlTerm | undefined>;

/** A SELECT query's answer. */
export interface SparqlResults {
  head: { vars: string[] };
  results: { bindings: SparqlBinding[] };
}

/**
 * The answer's text as SPARQL JSON selecting at least `vars`; throws a one-line message otherwise (an HTML error
 * page, a body cut off by a timeout, or a query that no longer selects what the caller reads).
 */
export function parseSparqlResults(text: string, vars: readonly string[]): SparqlResults {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`the answer is not SPARQL JSON (${text.length} characters: ${JSON.stringify(text.slice(0, 60))}…)`);
  }
  const answer = json as Partial<SparqlResults> | null;
  if (!Array.isArray(answer?.head?.vars) || !Array.isArray(answer?.results?.bindings))
    throw new Error('the answer is JSON but not SPARQL results (no head.vars or results.bindings)');
  const missing = vars.filter((name) => !answer.head?.vars.includes(name));
  if (missing.length) throw new Error(`the answer does not select ${missing.map((name) => `?${name}`).join(' ')}`);
  return answer as SparqlResults;
}
