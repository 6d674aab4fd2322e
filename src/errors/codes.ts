/**
 * Every error code the API answers with (GraphQL `extensions.code`), in one place: resolvers,
 * the HTTP layer and the database layer name codes from here, and Apollo's error masking
 * (src/apollo.ts) lets through to clients, in production, only the codes marked public.
 */
export const ErrorCode = {
  /** An argument or input field is wrong; `argument`/`field` name it. */
  BadUserInput: 'BAD_USER_INPUT',
  /** An id asked about is not in the graph. */
  NotFound: 'NOT_FOUND',
  /** Neo4j did not answer within its bound, or refused; `cause` says which, without its address. */
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  /** No API key, or an unknown or revoked one, where one is needed. */
  Unauthenticated: 'UNAUTHENTICATED',
  /** The key's role does not allow the operation. */
  Forbidden: 'FORBIDDEN',
  /** The answer would exceed the relationship budget of one response. */
  ResultTooLarge: 'RESULT_TOO_LARGE',
  /** Over a query limit (tokens, depth, aliases, fields, cost); `limit` names it. */
  QueryTooComplex: 'QUERY_TOO_COMPLEX',
  /** Over the client's rate limit (HTTP 429). */
  RateLimited: 'RATE_LIMITED',
  /** A request body over MAX_BODY_BYTES (HTTP 413). */
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  /** Anything else: masked in production, logged with the request id. */
  InternalServerError: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Apollo's own codes for requests it could not parse, validate or route: the client can act on them. */
const APOLLO_CLIENT_CODES = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE'];

/** Errors the client caused or can act on keep their message in production; anything else is masked. */
export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.InternalServerError),
  ...APOLLO_CLIENT_CODES,
]);
