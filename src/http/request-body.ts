/**
 * Reads a POST /graphql body: JSON, at most `limit` bytes, one object. Anything else is a
 * BodyRefusal (status, code and a message saying what is wrong) instead of an exception that
 * would end as HTTP 500. raw-body (the reader behind Express's body-parser) stops at the limit
 * and refuses at once when Content-Length already says too much.
 */
import type { IncomingMessage } from 'node:http';
import getRawBody from 'raw-body';
import { ErrorCode } from '../errors/codes.js';

/** Default of MAX_BODY_BYTES: 1 MB, far above any real query (the largest curation write is a few KB). */
export const DEFAULT_MAX_BODY_BYTES = 1_000_000;

export class BodyRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

function isRawBodyError(error: unknown): error is getRawBody.RawBodyError {
  return error instanceof Error && typeof (error as { type?: unknown }).type === 'string';
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

async function readText(req: IncomingMessage, limit: number): Promise<string> {
  try {
    return await getRawBody(req, { limit, length: req.headers['content-length'] ?? null, encoding: 'utf-8' });
  } catch (error) {
    if (!isRawBodyError(error)) throw error;
    if (error.type === 'entity.too.large') {
      throw new BodyRefusal(413, ErrorCode.PayloadTooLarge, `The request body is larger than the limit of ${limit} bytes (MAX_BODY_BYTES)`, { limit });
    }
    // Aborted, or shorter/longer than its Content-Length: the client sent a broken request.
    throw new BodyRefusal(400, 'BAD_REQUEST', `The request body could not be read: ${error.message}`);
  }
}

/** The parsed JSON object of a POST body, or a BodyRefusal naming what is wrong with it. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  const type = mediaType(req.headers['content-type']);
  if (type !== 'application/json') {
    throw new BodyRefusal(400, 'BAD_REQUEST', `POST /graphql needs "content-type: application/json", got ${type ? `"${type}"` : 'none'}`);
  }
  const text = await readText(req, limit);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BodyRefusal(400, 'BAD_REQUEST', `The request body is not valid JSON: ${reason}`);
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    const got = body === null ? 'null' : Array.isArray(body) ? 'an array (batched operations are not supported)' : `a ${typeof body}`;
    throw new BodyRefusal(400, 'BAD_REQUEST', `The request body must be a JSON object like {"query": "..."}, got ${got}`);
  }
  return body as Record<string, unknown>;
}
