// @tamga/api: the HTTP contract (zod schemas and routes), a typed client and the OpenAPI document.
export * from './route';
export * from './routes';
export * from './client';
export * from './openapi';
export * from './common-schemas';
export * from './account-schemas';
export * from './case-schemas';
export * from './authorization-schemas';
export * from './ledger-schemas';
export * from './evidence-schemas';
export * from './processing-schemas';
export * from './analysis-schemas';
export * from './hash-bank-schemas';
export * from './request-schemas';
export * from './request-reference-schemas';
