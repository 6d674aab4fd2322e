/**
 * The typed query registry: every Cypher file under cypher/ (migrations aside), by its path
 * without the extension, with its parameter and row types. `db.read('analyst/monitoring-bodies',
 * params)` checks the parameters and returns typed rows; a name that is not here does not
 * compile. tests/unit/query-registry.test.ts checks that this list and cypher/ hold the same
 * files and that each declared parameter is a $parameter of its file (and back).
 */
import { analystQueries } from './analyst.js';
import { benchQueries } from './bench.js';
import type { Query } from './query.js';
import { readQueries } from './reads.js';
import { writeQueries } from './writes.js';

export const QUERIES = { ...analystQueries, ...readQueries, ...writeQueries, ...benchQueries };

export type QueryName = keyof typeof QUERIES;
type TypesOf<N extends QueryName> = (typeof QUERIES)[N] extends Query<infer P, infer R> ? { params: P; row: R } : never;
export type ParamsOf<N extends QueryName> = TypesOf<N>['params'];
export type RowOf<N extends QueryName> = TypesOf<N>['row'];
/** The params argument: optional for a statement without parameters. */
export type ParamsArg<N extends QueryName> = [keyof ParamsOf<N>] extends [never] ? [params?: ParamsOf<N>] : [params: ParamsOf<N>];

export type { NoParams, Props, Query } from './query.js';
export type * from './rows.js';
