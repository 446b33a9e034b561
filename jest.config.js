/**
 * One `jest` run, five projects: server unit/service specs beside the code, medium service
 * tests on the real app context and a migrated SQLite file, GraphQL end-to-end over HTTP,
 * browser tests in Debian's Chromium, and the SPA's component tests.
 */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json', diagnostics: false }];
// The Meilisearch client and openid-client (with its oauth4webapi and jose) are ESM-only; compile
// them to CommonJS for jest (the app loads them lazily, when MEILI_URL or OIDC_ISSUER is set).
// So is file-type (with strtok3, token-types, uint8array-extras, @tokenizer/inflate and
// @borewit/text-codec), which decides an upload's type from its bytes.
const esmDeps = {
  transform: {
    '^.+\\.ts$': tsJest,
    '/node_modules/(meilisearch|openid-client|oauth4webapi|jose|file-type|strtok3|token-types|uint8array-extras|@tokenizer/inflate|@borewit/text-codec)/.+\\.js$':
      ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', isolatedModules: true }, diagnostics: false }],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(meilisearch|openid-client|oauth4webapi|jose|file-type|strtok3|token-types|uint8array-extras|@tokenizer/inflate|@borewit/text-codec)/)',
  ],
};

module.exports = {
  projects: [
    {
      displayName: 'server',
      testEnvironment: 'node',
      rootDir: __dirname,
      roots: ['<rootDir>/src'],
      testMatch: ['**/*.spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
      moduleFileExtensions: ['ts', 'js', 'json'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: __dirname,
      roots: ['<rootDir>/test/e2e'],
      testMatch: ['**/*.e2e-spec.ts'],
      ...esmDeps,
      moduleFileExtensions: ['ts', 'js', 'json'],
    },
    {
      displayName: 'medium',
      testEnvironment: 'node',
      rootDir: __dirname,
      roots: ['<rootDir>/test/medium'],
      testMatch: ['**/*.medium-spec.ts'],
      ...esmDeps,
      moduleFileExtensions: ['ts', 'js', 'json'],
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      rootDir: __dirname,
      roots: ['<rootDir>/test/browser'],
      testMatch: ['**/*.browser-spec.ts'],
      ...esmDeps,
      moduleFileExtensions: ['ts', 'js', 'json'],
    },
    '<rootDir>/client/jest.config.cjs',
  ],
};
