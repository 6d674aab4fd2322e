/**
 * Roles an API key can hold, each including the ones before it: a contributor can read and
 * propose changes, a curator can write them (and review proposals), an admin can curate. Kept as data so the SDL enum, the CLI and the checks agree.
 */
export const ROLES = ['reader', 'contributor', 'curator', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** True when `held` is `needed` or a role above it. */
export function roleIncludes(held: Role, needed: Role): boolean {
  return ROLES.indexOf(held) >= ROLES.indexOf(needed);
}

/** A role read back from the database; a stored value outside ROLES is a broken record, not a client's fault. */
export function storedRole(keyId: string, value: string): Role {
  if (!isRole(value)) throw new Error(`API key ${keyId} has an unknown role "${value}"`);
  return value;
}
