/**
 * Operation names are chosen by clients, so as metric labels they must be bounded: a client
 * sending a new name per request would otherwise create a new time series each time.
 * A name is kept only when it is a valid GraphQL name of at most 64 characters and one of
 * the first MAX_OPERATION_LABELS seen by this process; anything else becomes "other".
 */
export const MAX_OPERATION_LABELS = 100;
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

const seen = new Set<string>();

export function operationLabel(operation: string | null | undefined): string {
  if (operation === undefined) return 'none';
  if (operation === null || operation === '') return 'anonymous';
  if (!GRAPHQL_NAME.test(operation)) return 'other';
  if (seen.has(operation)) return operation;
  if (seen.size >= MAX_OPERATION_LABELS) return 'other';
  seen.add(operation);
  return operation;
}
