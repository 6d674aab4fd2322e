/**
 * API keys: a random secret handed out once, stored only as its SHA-256, so a copy of the
 * database opens nothing. Creating and revoking keys are audited like every other write.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.js';
import type { ApiKeyRow } from '../db/queries/index.js';
import { storedRole, type Role } from './roles.js';

/** What the API shows of a key: never its secret or hash. */
export interface ApiKeyInfo {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

/** "mgkg_" marks the string as one of ours in logs and secret scanners; 32 random bytes follow. */
export function generateSecret(): string {
  return `mgkg_${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function toKeyInfo(row: ApiKeyRow): ApiKeyInfo {
  return { id: row.id, name: row.name, role: storedRole(row.id, row.role), createdAt: row.createdAt, revokedAt: row.revokedAt };
}

/** Stores a new key inside the caller's transaction; returns it with the secret (shown once). */
export async function insertApiKey(
  db: Database,
  tx: ManagedTransaction,
  input: { name: string; role: Role; createdBy: string },
): Promise<{ key: ApiKeyInfo; secret: string }> {
  const secret = generateSecret();
  const [row] = await db.run(tx, 'auth/create-api-key', {
    id: `key:${randomUUID()}`,
    name: input.name,
    role: input.role,
    hash: hashSecret(secret),
    createdBy: input.createdBy,
  });
  return { key: toKeyInfo(row!), secret };
}

export async function listApiKeys(db: Database): Promise<ApiKeyInfo[]> {
  return (await db.read('auth/list-api-keys')).map(toKeyInfo);
}
