/**
 * The typed query registry (src/db/queries/) and cypher/ describe the same files: no file
 * without an entry, no entry without a file, and each entry's parameters are exactly the
 * $parameters its file uses. The type-level half (a misspelt name or a wrong parameter does not
 * compile) is checked by tsc, which runs over this file in npm run typecheck.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { QueryReader } from '../../src/db/database.js';
import { QUERIES, type ParamsOf, type QueryName, type RowOf } from '../../src/db/queries/index.js';
import { cypher, listQueryFiles } from '../../src/db/query-registry.js';

const names = Object.keys(QUERIES) as QueryName[];

/** `$name` parameters of a statement (its fragments included), comments left out; `$(expr)` (a dynamic label) is not one. */
function parametersOf(name: string): string[] {
  const text = cypher(name);
  return [...new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))].sort();
}

describe('query registry', () => {
  it('has an entry for every file of cypher/ (migrations aside) and no entry without a file', () => {
    expect([...names].sort()).toEqual(listQueryFiles());
  });

  it.each(names)('%s declares exactly the $parameters its file uses', (name) => {
    expect([...QUERIES[name].params].sort()).toEqual(parametersOf(name));
  });
});

// Never called: tsc checks these lines (npm run typecheck), so a registry that stops catching
// these mistakes fails the build.
export function typeChecks(db: QueryReader): void {
  // @ts-expect-error a misspelt query name does not compile
  void db.read('analyst/monitoring-bodys', { right: 'right:x', category: 'category:y', state: null });
  // @ts-expect-error a parameter of the wrong type
  void db.read('analyst/monitoring-bodies', { right: 1, category: 'category:y', state: null });
  // @ts-expect-error a missing parameter
  void db.read('analyst/monitoring-bodies', { right: 'right:x', state: null });
  // @ts-expect-error a parameter the file does not take
  void db.read('nodes/by-ids', { ids: [], id: 'state:MEX' });
  // @ts-expect-error a statement with parameters needs them
  void db.read('nodes/by-ids');
  void db.read('meta/database-info');
}

describe('query registry types', () => {
  it('types rows as the executor returns them (Integer as number, lists as arrays)', () => {
    expectTypeOf<RowOf<'analyst/monitoring-bodies'>['categoryPath']>().toEqualTypeOf<string[]>();
    expectTypeOf<RowOf<'meta/database-info'>['nodeCount']>().toEqualTypeOf<number>();
    expectTypeOf<ParamsOf<'analyst/monitoring-bodies'>>().toEqualTypeOf<{ right: string; category: string; state: string | null }>();
  });
});
