/** Runs a command-line task against the configured Neo4j (embedded unless NEO4J_URI), then closes it. */
import { ConfigError, loadConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrations.js';
import { openDatabase, StartupError } from '../runtime.js';

export async function withDatabase(task: (db: Database) => Promise<number>): Promise<void> {
  let code = 1;
  try {
    const config = loadConfig();
    const database = await openDatabase(config);
    try {
      await migrate(database.db);
      code = await task(database.db);
    } finally {
      await database.close();
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      code = 2;
    } else if (error instanceof StartupError) console.error(error.message);
    else console.error(error);
  }
  process.exit(code);
}
