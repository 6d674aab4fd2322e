/**
 * Entry point of `npm start`: configuration → Neo4j (embedded unless NEO4J_URI) → schema
 * migrations → seed when empty → HTTP server. Stops cleanly on SIGINT/SIGTERM.
 */
import { ConfigError, loadConfig } from './config.js';
import { migrate } from './db/migrations.js';
import { createLogger } from './observability/logger.js';
import { openDatabase, StartupError } from './runtime.js';
import { seedIfEmpty } from './seed/seed-if-empty.js';
import { startServer } from './server.js';

const log = (line: string): void => console.error(line);

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const database = await openDatabase(config, log);
  const { db } = database;
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    const applied = await migrate(db);
    if (applied.length > 0) log(`Applied schema migrations: ${applied.join(', ')}`);
    if (config.seedOnStart) await seedIfEmpty(db, log);
    const logger = createLogger(config.logLevel);
    server = await startServer({
      db,
      host: config.host,
      port: config.port,
      production: config.production,
      readsRequireKey: config.readsRequireKey,
      corsOrigins: config.corsOrigins,
      readinessTimeoutMs: config.readinessTimeoutMs,
      queryLimits: config.queryLimits,
      rateLimit: config.rateLimit,
      maxBodyBytes: config.maxBodyBytes,
      resultCacheMb: config.resultCacheMb,
      logger,
    });
  } catch (error) {
    // Never leave an embedded Neo4j running behind a failed start.
    await database.close();
    throw error;
  }
  log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`GraphQL API: ${server.url}/graphql`);

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: draining HTTP, closing the driver, stopping Neo4j...`);
    await server.stop();
    await database.close();
    log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
  if (error instanceof StartupError) {
    console.error(error.message);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});
