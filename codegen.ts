import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver and model types generated from schema/*.graphql; `npm run codegen:check`
// (part of `npm test`) fails when src/generated/ is out of date.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.js#RequestContext',
        useIndexSignature: false,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        scalars: { ID: 'string' },
        useTypeImports: true,
      },
    },
  },
};
export default config;
