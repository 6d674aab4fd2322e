/**
 * The executor: owns the driver, runs named Cypher files in managed read or write
 * transactions (routing-capable, so a cluster or Aura works unchanged), converts results
 * to plain values, maps connection failures, and counts round-trips for tests and the benchmark.
 * Every transaction carries metadata naming the request and GraphQL operation (see
 * src/observability/request-trace.ts), and is counted per request and in the metrics.
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { DEFAULT_NEO4J_TIMEOUTS, type Neo4jTimeouts } from './settings.js';
import { dbRoundTrips, dbSessionsInUse, dbTransactionDuration } from '../observability/metrics.js';
import { currentRequest, transactionMetadata } from '../observability/request-trace.js';
import { DatabaseUnavailableError, translateQueryError, unavailableCause, type UnavailableCause } from './errors.js';
import { withinTime } from './time-bound.js';
import { cypher } from './query-registry.js';
import type { ParamsArg, QueryName, RowOf } from './queries/index.js';
import { rowOf, type Row } from './values.js';

export interface DatabaseOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  /** Defaults: DEFAULT_NEO4J_TIMEOUTS (src/config.ts). */
  timeouts?: Partial<Neo4jTimeouts>;
  /** Gets the Neo4j address and the driver's message when Neo4j is unavailable; clients never do. */
  log?: (line: string) => void;
}

export interface TransactionOptions {
  /** Bulk import, export and seeding: the longer NEO4J_BULK_TRANSACTION_TIMEOUT_MS. */
  bulk?: boolean;
  /** A schema command (migrations): Neo4j refuses data writes beside it, so the graph version is not advanced. */
  schema?: boolean;
}

/** Lets Neo4j's own timeout error win over ours when Neo4j is alive; ours only catches a hung one. */
const CLIENT_GRACE_MS = 1_000;

/** What the per-request loaders need of the database: named read queries (a fake of it records their batches in tests/unit). */
export type QueryReader = Pick<Database, 'read'>;

export class Database {
  readonly driver: Driver;
  readonly uri: string;
  readonly timeouts: Neo4jTimeouts;
  private readonly database?: string;
  private readonly log: (line: string) => void;
  /** Set by whoever knows Neo4j is down for now (the embedded supervisor): requests fail at once. */
  knownUnavailable: () => UnavailableCause | undefined = () => undefined;
  /** Number of queries sent to Neo4j since start (a transaction of N statements counts N). */
  roundTrips = 0;

  constructor(options: DatabaseOptions) {
    this.uri = options.uri;
    this.database = options.database;
    this.timeouts = { ...DEFAULT_NEO4J_TIMEOUTS, ...options.timeouts };
    this.log = options.log ?? ((line) => console.error(line));
    const auth = options.password ? neo4j.auth.basic(options.user ?? 'neo4j', options.password) : undefined;
    this.driver = neo4j.driver(options.uri, auth, {
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: this.timeouts.connectionAcquisitionMs,
      connectionTimeout: this.timeouts.connectionMs,
      // Retries (a cluster electing a leader) end inside the transaction timeout, so a refused
      // connection is reported as refused (after about retryMs), not as our time bound running out.
      maxTransactionRetryTime: Math.min(this.timeouts.retryMs, Math.floor(this.timeouts.transactionMs / 2)),
      // Integers come back as numbers, decoded once: values.ts turned every Integer into a number
      // anyway (ids are strings; counts and years are far below 2^53).
      disableLosslessIntegers: true,
    });
  }

  /** Throws when Neo4j cannot be reached; the message names the URI. */
  async verify(): Promise<void> {
    await this.driver.getServerInfo({ database: this.database });
  }

  /** Runs cypher/<name>.cypher in a read transaction; parameters and rows are typed by the registry (queries/). */
  read<N extends QueryName>(name: N, ...params: ParamsArg<N>): Promise<RowOf<N>[]> {
    return this.readTx((tx) => this.run(tx, name, ...params));
  }

  /** Runs cypher/<name>.cypher in a write transaction. */
  write<N extends QueryName>(name: N, ...params: ParamsArg<N>): Promise<RowOf<N>[]> {
    return this.writeTx((tx) => this.run(tx, name, ...params));
  }

  /** A statement that is no file of cypher/ (migrations, tests' ad-hoc checks): rows untyped. */
  readText(text: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.readTx((tx) => this.runText(tx, text, params));
  }

  /** Several statements in one read transaction (one unit of work). */
  async readTx<T>(work: (tx: ManagedTransaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const timeout = this.transactionTimeout(options);
    return this.guard(timeout, () => this.inSession('read', (session) => session.executeRead(work, { timeout, metadata: transactionMetadata() })));
  }

  /**
   * Several statements in one write transaction: all land or none do. A write that timed out
   * on our side may still commit once a hung Neo4j wakes up; writes are idempotent, so retry.
   */
  async writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const timeout = this.transactionTimeout(options);
    // Every write advances the graph version in its own transaction, so cached read answers
    // keyed by the version (src/graphql/result-cache.ts) cannot outlive it, on any API instance.
    // Last, so the version node's lock is held only until commit.
    const versioned = options.schema
      ? work
      : async (tx: ManagedTransaction) => {
          const result = await work(tx);
          await this.run(tx, 'meta/advance-graph-version');
          return result;
        };
    return this.guard(timeout, () => this.inSession('write', (session) => session.executeWrite(versioned, { timeout, metadata: transactionMetadata() })));
  }

  /** Runs cypher/<name>.cypher inside a transaction handed out by readTx/writeTx. */
  run<N extends QueryName>(tx: ManagedTransaction, name: N, ...params: ParamsArg<N>): Promise<RowOf<N>[]> {
    // The registry declares the row type; values.ts has made the values plain.
    return this.runText(tx, cypher(name), params[0] ?? {}) as Promise<RowOf<N>[]>;
  }

  /** Runs one statement given as text inside a transaction handed out by readTx/writeTx. */
  async runText(tx: ManagedTransaction, text: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    this.roundTrips += 1;
    dbRoundTrips.inc();
    const request = currentRequest();
    if (request) request.dbRoundTrips += 1;
    const { records } = await tx.run(text, params);
    const rows = new Array<Row>(records.length);
    for (let i = 0; i < records.length; i++) rows[i] = rowOf(records[i]!);
    return rows;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** Opens a session for one managed transaction, timing it for the request and the metrics. */
  private async inSession<T>(mode: 'read' | 'write', work: (session: Session) => Promise<T>): Promise<T> {
    const started = process.hrtime.bigint();
    const accessMode = mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE;
    // A request that read the graph version for the result cache reads the rest at least as new.
    const session = this.driver.session({ database: this.database, defaultAccessMode: accessMode, bookmarkManager: currentRequest()?.bookmarks });
    dbSessionsInUse.inc();
    try {
      return await work(session);
    } finally {
      dbSessionsInUse.dec();
      await session.close();
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      dbTransactionDuration.observe({ mode }, ms / 1000);
      const request = currentRequest();
      if (request) request.dbTimeMs += ms;
    }
  }

  private transactionTimeout(options: TransactionOptions): number {
    return options.bulk ? this.timeouts.bulkTransactionMs : this.timeouts.transactionMs;
  }

  /**
   * Fails at once when Neo4j is known to be down, bounds the whole unit of work (connection,
   * retries, transaction) on our side too, and turns "Neo4j unusable" into DATABASE_UNAVAILABLE and other errors a client can act on into theirs (errors.ts).
   */
  private async guard<T>(timeoutMs: number, work: () => Promise<T>): Promise<T> {
    const known = this.knownUnavailable();
    if (known) throw new DatabaseUnavailableError(known);
    try {
      return await withinTime(work(), timeoutMs + CLIENT_GRACE_MS);
    } catch (error) {
      const cause = unavailableCause(error);
      if (!cause) throw translateQueryError(error);
      this.log(`Neo4j at ${this.uri} unavailable (${cause}): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      throw new DatabaseUnavailableError(cause);
    }
  }
}
