/** The database's own settings and defaults; src/config.ts reads them from the environment. */
export interface EmbeddedNeo4jConfig {
  port: number;
  dataDir: string;
  heapMb: number;
  pageCacheMb: number;
}

/** Time bounds on everything that talks to Neo4j (docs/operations.md says what each one catches). */
export interface Neo4jTimeouts {
  /** Every read and write of an API request, enforced by Neo4j and, for a hung Neo4j, by the server itself. */
  transactionMs: number;
  /** Bulk import, export and seeding: one long transaction. */
  bulkTransactionMs: number;
  /** Waiting for a pooled connection (includes opening a new one). */
  connectionAcquisitionMs: number;
  /** Opening a TCP connection to Neo4j. */
  connectionMs: number;
  /** How long the driver retries a transaction after a transient failure (e.g. a cluster electing a leader). */
  retryMs: number;
}

/** The defaults, also used by a Database built without a configuration (tests, benchmarks). */
export const DEFAULT_NEO4J_TIMEOUTS: Neo4jTimeouts = {
  transactionMs: 10_000,
  bulkTransactionMs: 1_800_000,
  connectionAcquisitionMs: 5_000,
  connectionMs: 3_000,
  retryMs: 2_000,
};
