import type { CodegenConfig } from '@graphql-codegen/cli';
import { KINDS, RELATIONSHIPS } from './src/model/model.js';

// Resolver and model types generated from schema/*.graphql; `npm run codegen:check`
// (part of `npm test`) fails when src/generated/ is out of date.

// Resolvers pass nodes and edges around as the views read from Neo4j (src/graph/views.ts).
// The node and edge types are the model's (src/model/model.ts: a label per kind, an edge type per relationship).
const NODE_TYPES = ['Node', ...Object.values(KINDS).map((spec) => spec.label)];
const EDGE_TYPES = ['Edge', ...Object.values(RELATIONSHIPS).map((spec) => spec.api.typeName)];
const mappers = {
  ...Object.fromEntries(NODE_TYPES.map((t) => [t, '../graph/views.js#NodeView'])),
  ...Object.fromEntries(EDGE_TYPES.map((t) => [t, '../graph/views.js#EdgeView'])),
  Citation: '../graph/views.js#CitationView',
  Change: '../audit/audit.js#ChangeView',
  Curator: '../auth/principal.js#Principal',
  ApiKey: '../auth/api-keys.js#ApiKeyInfo',
  NodeWriteResult: '../curation/node-writes.js#NodeWriteResult as NodeWriteModel',
  RelationshipWriteResult: '../curation/relationship-writes.js#RelationshipWriteResult as RelationshipWriteModel',
  RevertResult: '../curation/revert.js#RevertResult as RevertModel',
  CreatedApiKey: '../curation/key-admin.js#CreatedKey',
  Proposal: '../proposals/proposal.js#ProposalView',
  ProposalDecision: '../proposals/review.js#ProposalDecision as ProposalDecisionModel',
  // Graph-shaped answers (schema/graph.graphql) carry the same views.
  GraphNode: '../graph/views.js#NodeView',
  GraphEdge: '../graph/views.js#EdgeView',
  Graph: '../visual/graph-view.js#GraphView',
};
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
        scalars: { ID: 'string', JSON: 'Record<string, unknown>' },
        useTypeImports: true,
        mappers,
      },
    },
  },
};
export default config;
