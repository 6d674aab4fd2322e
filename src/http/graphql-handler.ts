/**
 * Bridges Node's http module and Apollo Server: no web framework needed for one endpoint.
 * Order per request: rate limit (before the body is read), body (size and JSON), then Apollo.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { RequestContext } from '../context.js';
import { createRateLimiter, sendRateLimited, writeRateHeaders, type RateLimitConfig, type RateLimiter } from './rate-limit.js';
import { BodyRefusal, DEFAULT_MAX_BODY_BYTES, readJsonBody } from './request-body.js';

export interface GraphqlHandlerOptions {
  /** Per-client rate limits (RATE_LIMIT_*); none when absent or disabled. */
  rateLimit?: RateLimitConfig;
  /** The limiter to count in, when shared with other routes (/data/); default: one of its own from rateLimit. */
  limiter?: RateLimiter;
  /** Largest POST body accepted (MAX_BODY_BYTES); larger ones get 413. */
  maxBodyBytes?: number;
}

/**
 * Answers a refused body with a GraphQL-shaped error. A 413 closes the connection: the rest of
 * the body is never read, so the socket cannot carry another request; the client opens a new one.
 */
function sendRefusal(req: IncomingMessage, res: ServerResponse, refusal: BodyRefusal, requestId: string): void {
  const body = JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code, ...refusal.details, requestId } }] });
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-request-id': requestId };
  if (!req.complete) headers.connection = 'close';
  res.writeHead(refusal.status, headers);
  res.end(body);
}

export function graphqlHandler(apollo: ApolloServer<RequestContext>, contextFor: (headers: HeaderMap) => RequestContext, options: GraphqlHandlerOptions = {}) {
  const { rateLimit } = options;
  const limiter = rateLimit?.enabled ? (options.limiter ?? createRateLimiter(rateLimit)) : undefined;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    // Counted before the body is read: a refused client costs no parsing.
    const context = contextFor(headers);
    if (limiter) {
      const decision = await limiter.consume(req.socket.remoteAddress ?? 'unknown', () => context.auth.principal());
      if (!decision.allowed) return sendRateLimited(res, decision, rateLimit!.windowSeconds, context.requestId);
      writeRateHeaders(res, decision);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      try {
        body = await readJsonBody(req, maxBodyBytes);
      } catch (error) {
        if (!(error instanceof BodyRefusal)) throw error;
        sendRefusal(req, res, error, context.requestId);
        return;
      }
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => context,
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.setHeader('x-request-id', context.requestId);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
