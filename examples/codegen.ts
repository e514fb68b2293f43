// Generates typed documents for the example client from its operations (examples/operations/*.graphql)
// against the server's SDL (schema/*.graphql). The output in examples/generated/ is committed and
// never edited by hand: run `npm run codegen:examples`; tests/examples.test.ts fails when it is stale.
// Paths are relative to the repository root (where npm scripts and the tests run).
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  documents: ['examples/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'examples/generated/': {
      preset: 'client',
      presetConfig: {
        // Fragments are plain parts of the result type; no `useFragment` unmasking needed.
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        importExtension: '.ts',
        scalars: { ID: 'string' },
        documentMode: 'documentNode',
      },
    },
  },
};

export default config;
