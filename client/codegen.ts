import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the repository root: `npx graphql-codegen --config client/codegen.ts`
const config: CodegenConfig = {
  overwrite: true,
  schema: 'client/schema.graphql',
  documents: ['client/src/**/*.graphql'],
  ignoreNoDocuments: false,
  // Each document in its own module, so that a route's chunk carries only its own (scripts/split-gql-documents.mjs).
  hooks: { afterAllFileWrite: ['node scripts/split-gql-documents.mjs'] },
  generates: {
    'client/src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: false,
        skipTypeNameForRoot: true,
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
