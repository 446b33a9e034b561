import type { CodegenConfig } from '@graphql-codegen/cli';

// Run from the repository root: `npx graphql-codegen --config client/codegen.ts`
const config: CodegenConfig = {
  overwrite: true,
  schema: 'client/schema.graphql',
  documents: ['client/src/**/*.graphql'],
  ignoreNoDocuments: false,
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
