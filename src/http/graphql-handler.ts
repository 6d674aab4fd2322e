/**
 * Bridges Node's http module and Apollo Server: no web framework needed for one endpoint.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { RequestContext } from '../context.js';
import { createRateLimiter, sendRateLimited, writeRateHeaders, type RateLimitConfig } from './rate-limit.js';

const MAX_BODY_BYTES = 1_000_000;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error(`request body larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function graphqlHandler(
  apollo: ApolloServer<RequestContext>,
  contextFor: (headers: HeaderMap) => RequestContext,
  rateLimit?: RateLimitConfig,
) {
  const limiter = rateLimit?.enabled ? createRateLimiter(rateLimit) : undefined;
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
      const text = await readBody(req);
      try {
        body = text && headers.get('content-type')?.includes('application/json') ? JSON.parse(text) : text;
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] }));
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
