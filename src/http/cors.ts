/**
 * CORS for /graphql: pages on the origins in CORS_ORIGINS may call the API from a browser.
 * The `cors` package writes the headers; this module decides who gets them.
 *
 * - An allowed origin gets its own origin echoed (never `*`), so Allow-Credentials may be sent
 *   with it; browsers refuse credentials with `*`.
 * - Any other origin gets no CORS header at all, so its browser keeps the answer from the page.
 * - `Vary: Origin` whenever a list is configured: the answer depends on who asks, and a shared
 *   cache must not hand one origin's headers to another.
 * - Preflights (OPTIONS) are answered here with 204 and never reach Apollo, which would refuse
 *   them as CSRF. Apollo's CSRF prevention still refuses simple cross-origin requests (those a
 *   browser sends without a preflight), whatever the origin.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';

/** Headers a page may send: JSON bodies, API keys, its own request id, Apollo's CSRF opt-in. */
export const CORS_ALLOWED_HEADERS = ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight'];
/** Headers a page may read: the request id for bug reports, Retry-After when rate-limited. */
export const CORS_EXPOSED_HEADERS = ['x-request-id', 'retry-after'];
export const CORS_METHODS = ['GET', 'POST', 'OPTIONS'];
/** How long a browser may reuse a preflight answer (seconds); Chromium caps it at 7200. */
export const CORS_MAX_AGE_SECONDS = 7200;

/** Applies CORS to one /graphql request; resolves true when it answered it (a preflight). */
export type CorsStep = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export function corsFor(allowedOrigins: readonly string[]): CorsStep {
  const allowed = new Set(allowedOrigins);
  const middleware = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin) ? origin : false),
    credentials: true,
    methods: CORS_METHODS,
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    maxAge: CORS_MAX_AGE_SECONDS,
    optionsSuccessStatus: 204,
  });

  return (req, res) => {
    if (allowed.size > 0) res.setHeader('vary', 'Origin');
    return new Promise<boolean>((resolve, reject) => {
      // The middleware either ends the response (preflight of an allowed origin) or calls next().
      const answered = () => resolve(true);
      res.once('finish', answered);
      middleware(req, res, (error?: unknown) => {
        res.off('finish', answered);
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        if (req.method === 'OPTIONS') {
          // Not an allowed origin (or no Origin at all): say what the endpoint takes, grant nothing.
          res.writeHead(204, { allow: CORS_METHODS.join(', '), 'content-length': '0' });
          res.end();
          return resolve(true);
        }
        resolve(false);
      });
    });
  };
}
