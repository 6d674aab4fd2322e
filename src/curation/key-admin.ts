/**
 * Creating and revoking API keys (admin mutations and the keys CLI). Both are writes and
 * are audited like curation writes, without the hash.
 */
import type { Database } from '../db/database.js';
import { recordChange, type ChangeView } from '../audit/audit.js';
import { InvalidInputError, notFound } from '../errors/problems.js';
import { insertApiKey, toKeyInfo, type ApiKeyInfo } from '../auth/api-keys.js';
import type { Principal } from '../auth/principal.js';
import { isRole, ROLES } from '../auth/roles.js';

export interface CreatedKey {
  key: ApiKeyInfo;
  /** Shown once; only its hash is stored. */
  secret: string;
  change: ChangeView;
}

export async function createApiKey(db: Database, principal: Principal, name: string, role: string): Promise<CreatedKey> {
  const problems = [];
  if (name.trim() === '') problems.push({ field: 'name', reason: 'give the key a name that says whose it is (it appears in the audit trail)' });
  if (!isRole(role)) problems.push({ field: 'role', reason: `"${role}" is not a role; expected one of ${ROLES.join(', ')}` });
  if (problems.length > 0 || !isRole(role)) throw new InvalidInputError(problems);
  return db.writeTx(async (tx) => {
    const { key, secret } = await insertApiKey(db, tx, { name: name.trim(), role, createdBy: principal.keyId });
    const change = await recordChange(db, tx, principal, {
      operation: 'CREATE_API_KEY',
      targetType: 'API_KEY',
      targetId: key.id,
      targetKind: 'ApiKey',
      before: null,
      after: { id: key.id, name: key.name, role: key.role },
    });
    return { key, secret, change };
  });
}

export async function revokeApiKey(db: Database, principal: Principal, id: string): Promise<{ key: ApiKeyInfo; change: ChangeView | null }> {
  return db.writeTx(async (tx) => {
    const [row] = await db.run(tx, 'auth/key-by-id', { id });
    if (!row) throw notFound('id', 'API key', id);
    if (row.revokedAt !== null) return { key: toKeyInfo(row), change: null };
    const [revoked] = await db.run(tx, 'auth/revoke-api-key', { id, revokedBy: principal.keyId });
    const key = toKeyInfo(revoked!);
    const change = await recordChange(db, tx, principal, {
      operation: 'REVOKE_API_KEY',
      targetType: 'API_KEY',
      targetId: id,
      targetKind: 'ApiKey',
      before: { id, name: key.name, role: key.role, revoked: false },
      after: { id, name: key.name, role: key.role, revoked: true },
    });
    return { key, change };
  });
}
