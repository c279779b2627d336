// The two databases Tamga runs on.
export type SqlDialect = 'sqlite' | 'postgres';
