import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the API's committed schema: an operation that no longer matches schema.graphql
// fails `npm run build`, and with it `dotnet build` (WebClient.targets).
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateOnly: 'string', DateTime: 'string', DateTimeOffset: 'string', Long: 'number' },
      },
    },
  },
};

export default config;
