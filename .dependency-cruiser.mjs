// Import layers of src/ (npm run lint). LAYERS is an order, lowest first: a folder may import
// its own layer and the ones before it, never one after, so no two folders can import each
// other (directly or round a cycle); no module-level cycles either. CONTRIBUTING.md has the list.
const LAYERS = [
  // plain data and pure functions
  ['src/errors'],
  ['src/model'],
  ['src/formats'],
  // the release stamp (package version, git describe) that meta and the data package carry
  ['src/release.ts'],
  // process-wide services: logs, metrics, request traces
  ['src/observability'],
  // the database: driver, executor, typed query registry, migrations
  ['src/db'],
  // domain data on top of the database: seed files and the validator's database lookup
  ['src/seed'],
  // views of nodes and edges, label and relationship tables
  ['src/graph'],
  // API keys and roles
  ['src/auth'],
  // the audit trail every write records into (shared by curation, bulk import and key admin)
  ['src/audit'],
  // per-request DataLoaders
  ['src/loaders'],
  // request limits (query cost, result budget, graph caps)
  ['src/graphql'],
  // curated writes and key administration; bulk import and export
  ['src/curation'],
  ['src/bulk'],
  // contributors' proposals and their review (through the curation writes and the bulk import)
  ['src/proposals'],
  // the Frictionless data package written from the bulk export
  ['src/dataset'],
  // the request context: the only code that reads the request
  ['src/context.ts'],
  // use cases the GraphQL API and the graph views share (the flagship question)
  ['src/analysis'],
  // graph-shaped answers for visualization
  ['src/visual'],
  // the GraphQL API and the types generated from its SDL
  ['src/resolvers', 'src/generated'],
  // the CSV tables under /data/ (they answer through the GraphQL API and the analysis use cases)
  ['src/tables'],
  // wiring: configuration, Apollo, HTTP, processes, command line
  ['src/config.ts', 'src/schema.ts', 'src/apollo.ts', 'src/http', 'src/server.ts', 'src/runtime.ts', 'src/main.ts', 'src/cli'],
];

const pattern = (paths) => `^(${paths.map((p) => p.replace(/[.]/g, '[.]')).join('|')})(/|$)`;

export default {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'Module-level import cycles.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    ...LAYERS.slice(0, -1).map((layer, i) => ({
      name: `layer-${i}-imports-no-higher-layer`,
      comment: `${layer.join(', ')} may not import ${LAYERS.slice(i + 1)
        .flat()
        .join(', ')}`,
      severity: 'error',
      from: { path: pattern(layer) },
      to: { path: pattern(LAYERS.slice(i + 1).flat()) },
    })),
    {
      name: 'every-src-module-has-a-layer',
      comment: 'A new folder or top-level file of src/ gets a place in LAYERS.',
      severity: 'error',
      from: { path: '^src/', pathNot: pattern(LAYERS.flat()) },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: they tie folders together as much as value imports do.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^src/generated/' },
  },
};
