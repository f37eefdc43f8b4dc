// The OpenAPI document and the pieces routes describe themselves with.
export { dataSchemas, refsIn, schemaRef } from './data-schemas.ts';
export { buildOpenApiDocument, servedOpenApiDocument } from './document.ts';
export { type DocumentResponsesOptions, documentResponses, IF_NONE_MATCH, problemResponses } from './responses.ts';
