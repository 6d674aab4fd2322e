/**
 * Per-client rate limiting of /graphql (rate-limiter-flexible, fixed window, in-memory store):
 * a request presenting a known API key counts against that key with its role's allowance;
 * anything else (no key, an unknown or revoked key) counts against the client's IP address.
 * Over the allowance: HTTP 429, a Retry-After header and a GraphQL-shaped RATE_LIMITED error.
 *
 * The memory store keeps counts in this process only: several API instances behind a load
 * balancer each allow the full rate. rate-limiter-flexible's Redis or Postgres stores share
 * counts between instances (docs/api.md, Rate limits).
 */
import type { ServerResponse } from 'node:http';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Principal } from '../auth/principal.js';
import type { Role } from '../auth/roles.js';
import { ErrorCode } from '../errors/codes.js';

export type RateLimitClass = 'anonymous' | Role;

export interface RateLimitConfig {
  enabled: boolean;
  windowSeconds: number;
  /** Requests per window for each kind of client. */
  perWindow: Record<RateLimitClass, number>;
}

export const DEFAULT_RATE_LIMIT: RateLimitConfig = {
  enabled: true,
  windowSeconds: 60,
  // A person in the explorer sends a few requests a click; scripts of readers and curators more.
  perWindow: { anonymous: 300, reader: 600, contributor: 600, curator: 1200, admin: 3000 },
};

/** The environment variable of each allowance (src/config.ts), named in the refusal. */
export const RATE_LIMIT_VARIABLES: Record<RateLimitClass, string> = {
  anonymous: 'RATE_LIMIT_ANONYMOUS',
  reader: 'RATE_LIMIT_READER',
  contributor: 'RATE_LIMIT_CONTRIBUTOR',
  curator: 'RATE_LIMIT_CURATOR',
  admin: 'RATE_LIMIT_ADMIN',
};

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Whole seconds until the window resets (Retry-After). */
  retryAfterSeconds: number;
  client: RateLimitClass;
}

export interface RateLimiter {
  /** Counts one request of the client (its key when known, else its IP address). */
  consume(ip: string, principal: () => Promise<Principal | null>): Promise<RateDecision>;
}

export function createRateLimiter(config: RateLimitConfig): RateLimiter {
  const limiters = new Map<RateLimitClass, RateLimiterMemory>();
  for (const [client, points] of Object.entries(config.perWindow) as [RateLimitClass, number][]) {
    limiters.set(client, new RateLimiterMemory({ keyPrefix: `graphql-${client}`, points, duration: config.windowSeconds }));
  }
  return {
    async consume(ip, principal) {
      // Unknown, revoked or unreadable keys are the GraphQL layer's to refuse; here they count as the IP.
      const holder = await principal().catch(() => null);
      const client: RateLimitClass = holder?.role ?? 'anonymous';
      const key = holder ? `key:${holder.keyId}` : `ip:${ip}`;
      const limit = config.perWindow[client];
      const decision = (res: RateLimiterRes, allowed: boolean): RateDecision => ({
        allowed,
        limit,
        remaining: Math.max(res.remainingPoints, 0),
        retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
        client,
      });
      try {
        return decision(await limiters.get(client)!.consume(key), true);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return decision(rejection, false);
        throw rejection; // the memory store does not fail; another store might
      }
    },
  };
}

/** Rate headers on every answer; on a refusal, 429 with Retry-After and a RATE_LIMITED error. */
export function writeRateHeaders(res: ServerResponse, decision: RateDecision): void {
  res.setHeader('x-ratelimit-limit', String(decision.limit));
  res.setHeader('x-ratelimit-remaining', String(decision.remaining));
}

export function sendRateLimited(res: ServerResponse, decision: RateDecision, windowSeconds: number, requestId: string): void {
  const who = decision.client === 'anonymous' ? 'this address' : `this API key (${decision.client} role)`;
  res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(decision.retryAfterSeconds), 'x-request-id': requestId });
  res.end(
    JSON.stringify({
      errors: [
        {
          message: `Too many requests from ${who}: the limit is ${decision.limit} per ${windowSeconds} s (${RATE_LIMIT_VARIABLES[decision.client]}); try again in ${decision.retryAfterSeconds} s`,
          extensions: { code: ErrorCode.RateLimited, limit: decision.limit, windowSeconds, retryAfterSeconds: decision.retryAfterSeconds, requestId },
        },
      ],
    }),
  );
}
