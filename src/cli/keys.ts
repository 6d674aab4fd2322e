/**
 * npm run keys -- create --role admin --name "Ada (data team)"   prints the new key once
 * npm run keys -- list                                            ids, names, roles, revoked
 * npm run keys -- revoke <key id>
 *
 * The way to make the first admin key (after that, admins can use createApiKey). Runs
 * against the configured Neo4j like the other tools; audited as the operator "cli:<user>".
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { listApiKeys } from '../auth/api-keys.js';
import { createApiKey, revokeApiKey } from '../curation/key-admin.js';
import { ROLES } from '../auth/roles.js';
import { operatorPrincipal } from '../audit/audit.js';
import { withDatabase } from './with-database.js';

const USAGE = `usage: npm run keys -- create --role <${ROLES.join('|')}> --name <who it is for>
       npm run keys -- list
       npm run keys -- revoke <key id>`;

const { positionals, values } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { role: { type: 'string' }, name: { type: 'string' } },
});
const [command, ...rest] = positionals;
const operator = operatorPrincipal(`cli:${os.userInfo().username}`);

if (
  !['create', 'list', 'revoke'].includes(command ?? '') ||
  (command === 'revoke' && rest.length !== 1) ||
  (command === 'create' && (!values.role || !values.name))
) {
  console.error(USAGE);
  process.exit(2);
}

await withDatabase(async (db) => {
  try {
    if (command === 'create') {
      const { key, secret } = await createApiKey(db, operator, values.name!, values.role!);
      console.log(`Created ${key.role} key "${key.name}" (${key.id}). The key, shown this once:\n${secret}`);
    } else if (command === 'list') {
      for (const k of await listApiKeys(db)) console.log(`${k.id}\t${k.role}\t${k.name}\t${k.revokedAt ? `revoked ${k.revokedAt}` : 'active'}`);
    } else {
      const { key, change } = await revokeApiKey(db, operator, rest[0]!);
      console.log(change ? `Revoked "${key.name}" (${key.id}).` : `"${key.name}" (${key.id}) was already revoked on ${key.revokedAt}.`);
    }
    return 0;
  } catch (error) {
    // Refusals (bad input, unknown key) are GraphQLErrors with a message meant for the user.
    if (error instanceof GraphQLError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
});
