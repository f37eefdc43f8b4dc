// The record's schema: one source of truth for the types, the JSON Schema and the OpenAPI document.
export * from './country-code.ts';
export * from './country-document.ts';
export * from './country-index.ts';
export * from './curation.ts';
export * from './edtf.ts';
export * from './fact.ts';
export * from './kv-keys.ts';
export * from './relations-index.ts';
export * from './relations-record.ts';
export * from './relations-record-json-schema.ts';
export * from './text.ts';
