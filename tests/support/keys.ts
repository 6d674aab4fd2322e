/** API keys for tests, stored the way the keys CLI stores them (only the hash). */
import type { Database } from '../../src/db/database.js';
import { insertApiKey } from '../../src/auth/api-keys.js';
import type { Role } from '../../src/auth/roles.js';

export async function createTestKey(db: Database, role: Role, name = `test ${role}`): Promise<{ id: string; secret: string }> {
  const { key, secret } = await db.writeTx((tx) => insertApiKey(db, tx, { name, role, createdBy: 'tests' }));
  return { id: key.id, secret };
}
