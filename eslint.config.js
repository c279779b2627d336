// One flat config. The no-restricted-imports blocks are the dependency rule of ARCHITECTURE.md, and each
// message says what to do instead.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const internal = (...names) => names.map((name) => `@tamga/${name}`);

/** Forbids importing these packages, teaching the alternative. */
function forbid(packages, message, extra = []) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: [...packages.map((name) => ({ name, message })), ...extra],
        patterns: [{ group: packages.map((p) => `${p}/*`), message }],
      },
    ],
  };
}

const TECHNOLOGIES = [
  'kysely',
  'better-sqlite3',
  'pg',
  'fastify',
  'zod',
  'commander',
  '@node-rs/argon2',
  'otplib',
  'node:fs',
  'node:net',
  'node:http',
  'fs',
  'http',
].map((name) => ({
  name,
  message: 'core names ports, not technologies: add a method to core/src/ports.ts and implement it in storage or server.',
}));

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'data/**', 'coverage/**', '**/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: forbid(
      internal('storage', 'api', 'server', 'cli', 'parsers', 'analysis', 'web'),
      'core depends on nothing internal: declare a port in core/src/ports.ts and let storage or server implement it.',
      TECHNOLOGIES,
    ),
  },
  {
    files: ['packages/storage/src/**/*.ts', 'packages/parsers/src/**/*.ts', 'packages/analysis/src/**/*.ts'],
    rules: forbid(
      internal('api', 'server', 'cli', 'web'),
      'adapters depend only on core: take what you need as a port argument; the server wires adapters together in server/src/context.ts.',
    ),
  },
  {
    files: ['packages/api/src/**/*.ts'],
    rules: forbid(
      internal('core', 'storage', 'server', 'cli', 'parsers', 'analysis', 'web'),
      'api is the HTTP contract and depends on zod only: describe the shape with a zod schema here; the server maps core results onto it.',
    ),
  },
  {
    files: ['packages/server/src/**/*.ts'],
    rules: forbid(internal('cli', 'web'), 'the server does not know its clients: put shared shapes in @tamga/api.'),
  },
  {
    files: ['packages/cli/src/**/*.ts'],
    ignores: ['packages/cli/src/**/*.test.ts'],
    rules: forbid(
      internal('storage', 'parsers', 'analysis', 'web'),
      'the CLI talks to Tamga through the @tamga/api client; for local mode it loads @tamga/server lazily (await import) and uses its context.',
    ),
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    // The browser tests run in Node and start the real server the app is served by.
    ignores: ['packages/web/src/browser/**'],
    rules: forbid(
      internal('core', 'storage', 'server', 'cli', 'parsers', 'analysis'),
      'the web app talks to the server only through the typed client of @tamga/api.',
    ),
  },
);
