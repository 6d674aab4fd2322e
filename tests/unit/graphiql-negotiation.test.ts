import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { wantsGraphiql } from '../../src/http/graphiql-handler.js';

const request = (method: string, accept?: string) => ({ method, headers: accept === undefined ? {} : { accept } }) as IncomingMessage;

describe('wantsGraphiql: which GET /graphql gets the GraphiQL page', () => {
  it.each([
    ['a browser address bar', 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8', true],
    ['plain text/html', 'text/html', true],
    ['HTML preferred over JSON by weight', 'application/json;q=0.5, text/html', true],
  ])('%s → GraphiQL', (_who, accept, expected) => {
    expect(wantsGraphiql(request('GET', accept))).toBe(expected);
  });

  it.each([
    ['curl (*/*)', '*/*'],
    ['a GraphQL client (JSON)', 'application/json'],
    ['graphql-response+json', 'application/graphql-response+json, application/json;q=0.9'],
    ['JSON preferred over HTML', 'application/json, text/html;q=0.9'],
  ])('%s → the GraphQL GET, not the page', (_who, accept) => {
    expect(wantsGraphiql(request('GET', accept))).toBe(false);
  });

  it('never for a request without Accept or for POST', () => {
    expect(wantsGraphiql(request('GET'))).toBe(false);
    expect(wantsGraphiql(request('POST', 'text/html'))).toBe(false);
  });
});
