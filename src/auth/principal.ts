/**
 * Who is asking: the API key a request presents (`Authorization: Bearer <key>` or
 * `x-api-key`), looked up once per request by the hash of its secret. Every refusal says why.
 */
import { GraphQLError } from 'graphql';
import type { Database } from '../db/database.js';
import { hashSecret } from './api-keys.js';
import { roleIncludes, storedRole, type Role } from './roles.js';
import { ErrorCode } from '../errors/codes.js';

export interface Principal {
  keyId: string;
  name: string;
  role: Role;
}

type HeaderSource = { get(name: string): string | null | undefined } | undefined;

/** The key from the headers; undefined when none was sent. */
export function presentedKey(headers: HeaderSource): string | undefined {
  const auth = headers?.get('authorization')?.trim();
  if (auth) {
    const match = /^Bearer\s+(\S+)$/i.exec(auth);
    // A malformed header is not "no key": the caller meant to authenticate and should hear why not.
    return match ? match[1] : auth;
  }
  const key = headers?.get('x-api-key')?.trim();
  return key || undefined;
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Unauthenticated } });
}

export class RequestAuth {
  private resolved?: Promise<Principal | null>;

  constructor(
    private readonly db: Database,
    private readonly key: string | undefined,
  ) {}

  /** The hash of the presented key, null when none was sent: who is asking, without a database read (the result cache's key). */
  keyFingerprint(): string | null {
    return this.key === undefined ? null : hashSecret(this.key);
  }

  /** The key's holder, null when no key was sent; throws UNAUTHENTICATED for an unknown or revoked key. */
  principal(): Promise<Principal | null> {
    this.resolved ??= this.lookup();
    return this.resolved;
  }

  /** The holder of a key with at least `role`, or an UNAUTHENTICATED / FORBIDDEN error naming `action`. */
  async require(role: Role, action: string): Promise<Principal> {
    const principal = await this.principal();
    if (!principal) {
      throw unauthenticated(`${action} needs an API key with the ${role} role; send it as "Authorization: Bearer <key>" or "x-api-key: <key>"`);
    }
    if (!roleIncludes(principal.role, role)) {
      // A contributor refused a write is told the way that is open to them.
      const hint = principal.role === 'contributor' && role === 'curator' ? '; contributors propose changes: use the propose mutation' : '';
      throw new GraphQLError(`${action} needs the ${role} role; the API key "${principal.name}" has the ${principal.role} role${hint}`, {
        extensions: { code: ErrorCode.Forbidden, requiredRole: role, role: principal.role },
      });
    }
    return principal;
  }

  private async lookup(): Promise<Principal | null> {
    if (this.key === undefined) return null;
    const [row] = await this.db.read('auth/key-by-hash', { hash: hashSecret(this.key) });
    if (!row) throw unauthenticated('The API key is not known (check that it was copied whole)');
    if (row.revokedAt !== null) throw unauthenticated(`The API key "${row.name}" was revoked on ${row.revokedAt}`);
    return { keyId: row.id, name: row.name, role: storedRole(row.id, row.role) };
  }
}
