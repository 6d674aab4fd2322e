/**
 * The executor: owns the driver, runs named Cypher files in managed read or write
 * transactions (routing-capable, so a cluster or Aura works unchanged), converts results
 * to plain values, maps connection failures, and counts round-trips for tests and the benchmark.
 * Every transaction carries metadata naming the request and GraphQL operation (see
 * src/observability/request-trace.ts), and is counted per request and in the metrics.
 */
import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { dbRoundTrips, dbSessionsInUse, dbTransactionDuration } from '../observability/metrics.js';
import { currentRequest, transactionMetadata } from '../observability/request-trace.js';
import { DatabaseUnavailableError, isDatabaseUnavailable } from './errors.js';
import { cypher } from './query-registry.js';
import { toPlain, type Row } from './values.js';

export interface DatabaseOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
}

export class Database {
  readonly driver: Driver;
  readonly uri: string;
  private readonly database?: string;
  /** Number of queries sent to Neo4j since start (a transaction of N statements counts N). */
  roundTrips = 0;

  constructor(options: DatabaseOptions) {
    this.uri = options.uri;
    this.database = options.database;
    const auth = options.password ? neo4j.auth.basic(options.user ?? 'neo4j', options.password) : undefined;
    this.driver = neo4j.driver(options.uri, auth, {
      maxConnectionPoolSize: 50,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      disableLosslessIntegers: false,
    });
  }

  /** Throws when Neo4j cannot be reached; the message names the URI. */
  async verify(): Promise<void> {
    await this.driver.getServerInfo({ database: this.database });
  }

  /** Runs cypher/<name>.cypher in a read transaction. */
  read(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.readText(cypher(name), params);
  }

  /** Runs cypher/<name>.cypher in a write transaction. */
  write(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.writeTx((tx) => this.run(tx, cypher(name), params));
  }

  readText(text: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.readTx((tx) => this.run(tx, text, params));
  }

  /** Several statements in one read transaction (one unit of work). */
  async readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.guard(() => this.inSession('read', (session) => session.executeRead(work, { metadata: transactionMetadata() })));
  }

  /** Several statements in one write transaction: all land or none do. */
  async writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.guard(() => this.inSession('write', (session) => session.executeWrite(work, { metadata: transactionMetadata() })));
  }

  /** Runs one statement inside a transaction handed out by readTx/writeTx. */
  async run(tx: ManagedTransaction, text: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    this.roundTrips += 1;
    dbRoundTrips.inc();
    const request = currentRequest();
    if (request) request.dbRoundTrips += 1;
    const result = await tx.run(text, params);
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** Opens a session for one managed transaction, timing it for the request and the metrics. */
  private async inSession<T>(mode: 'read' | 'write', work: (session: Session) => Promise<T>): Promise<T> {
    const started = process.hrtime.bigint();
    const accessMode = mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE;
    const session = this.driver.session({ database: this.database, defaultAccessMode: accessMode });
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

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw new DatabaseUnavailableError(this.uri, error);
      throw error;
    }
  }
}
