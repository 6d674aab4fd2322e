/**
 * The page-size limit of every list and search: asking for more fails with a clear
 * BAD_USER_INPUT naming the limit. Limits on the query as a whole (depth, aliases, fields,
 * estimated cost) are in query-limits.ts.
 */

/** Largest `first` a list or search accepts. */
export const MAX_PAGE_SIZE = 100;
