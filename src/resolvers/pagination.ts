/**
 * Cursor pagination over the list queries. A cursor is the opaque, base64url-encoded
 * position of an item in the sorted result; `after` resumes right behind it. Positions
 * are offsets, so a write between two page requests can shift items (documented in the README).
 */
import { GraphQLError } from 'graphql';
import { MAX_PAGE_SIZE } from '../graphql/limits.js';
import { ErrorCode } from '../errors/codes.js';

const PREFIX = 'pos:';
/**
 * Positions are plain decimal offsets below a billion: far past any list here, and an offset
 * plus a page still fits Neo4j's 32-bit list index (a crafted "pos:1e308" or "pos:2147483648"
 * would otherwise reach Cypher and fail there).
 */
const POSITION = /^\d{1,9}$/;

export function encodeCursor(position: number): string {
  return Buffer.from(`${PREFIX}${position}`).toString('base64url');
}

/** The offset to start from: 0 without `after`, the position behind the cursor with it. */
export function offsetAfter(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const decoded = Buffer.from(after, 'base64url').toString();
  const digits = decoded.startsWith(PREFIX) ? decoded.slice(PREFIX.length) : '';
  if (!POSITION.test(digits)) {
    const shown = after.length > 60 ? `${after.slice(0, 60)}...` : after;
    throw new GraphQLError(`after: "${shown}" is not a cursor from this API`, {
      extensions: { code: ErrorCode.BadUserInput, argument: 'after' },
    });
  }
  return Number(digits) + 1;
}

export function checkPageSize(argument: string, first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new GraphQLError(`${argument}: must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`, {
      extensions: { code: ErrorCode.BadUserInput, argument, max: MAX_PAGE_SIZE },
    });
  }
  return size;
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: T }[];
  nodes: T[];
}

export function toConnection<T>(items: T[], offset: number, totalCount: number): Connection<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  return {
    totalCount,
    pageInfo: {
      hasNextPage: offset + items.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    edges,
    nodes: items,
  };
}
