/**
 * What a query registry entry is: the names of a Cypher file's $parameters (checked against the
 * file by tests/unit/query-registry.test.ts) and, as types only, its parameters and its rows as
 * they come out of the executor (values.ts: Integer → number, temporal → ISO string, node →
 * properties). The row types are a declaration the executor trusts, as `tx.run<Row>()` does.
 */

/** Stored properties of a node or relationship, already converted to plain values. */
export type Props = Record<string, unknown>;

/** A statement without parameters. */
export type NoParams = Record<never, never>;

export interface Query<P, R> {
  /** The $parameters the file uses; a key per parameter, so the list cannot drift from P. */
  readonly params: readonly string[];
  /** Carries the types; never set at run time. */
  readonly types?: { params: P; row: R };
}

/**
 * Declares one file's parameters and rows: `query<{ id: string }, { name: string }>({ id: true })`.
 * The object must name every key of P and nothing else, so the runtime list matches the type.
 */
export function query<P extends object, R>(params: { [K in keyof P]-?: true }): Query<P, R> {
  return { params: Object.keys(params) };
}
