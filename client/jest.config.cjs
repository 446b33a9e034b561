/**
 * Client unit tests (jsdom). Standalone project config:
 *   npx jest -c client/jest.config.cjs
 * It can also be referenced from a root `projects` list.
 */
const path = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'client',
  // generous: a loaded CI machine must not fail a test by the clock (no test asserts a duration)
  testTimeout: 30_000,
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/src/**/*.test.tsx'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      {
        tsconfig: {
          jsx: 'react-jsx',
          module: 'commonjs',
          moduleResolution: 'node',
          target: 'ES2022',
          esModuleInterop: true,
          strict: true,
          skipLibCheck: true,
          isolatedModules: true,
          types: ['jest', '@testing-library/jest-dom', 'node'],
        },
        diagnostics: { ignoreCodes: [151001] },
      },
    ],
  },
  moduleNameMapper: {
    '\\.(css|less|scss)$': 'identity-obj-proxy',
  },
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  testEnvironmentOptions: {
    customExportConditions: [''],
  },
  modulePaths: [path.join(__dirname, '..', 'node_modules')],
};
