// The OpenAPI document and the pieces routes describe themselves with.
export { schemaRef } from './data-schemas.ts';
export { servedOpenApiDocument } from './document.ts';
export { documentResponses, IF_NONE_MATCH, problemResponses } from './responses.ts';
