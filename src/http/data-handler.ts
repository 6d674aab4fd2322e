/**
 * GET /data/<table>.csv: tables for spreadsheets (src/tables/). Same gate as /graphql: the rate
 * limiter (shared with /graphql, so one allowance per client), then the read key when
 * READS_REQUIRE_KEY is on, then the parameters, each checked before the first byte is sent: a
 * bad one is a 400 naming it. The CSV is then streamed (chunked) as rows are produced.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { createContext, type RequestContext } from '../context.js';
import type { Database } from '../db/database.js';
import { ErrorCode } from '../errors/codes.js';
import { ANSWER_TABLES, type AnswerTable } from '../tables/answer-tables.js';
import { startCsv } from '../tables/csv-response.js';
import { badParameter, TableRequestError } from '../tables/table-error.js';
import { chosenInstruments, NOTES_HEADER, treatyStatusHeader, writeTreatyStatus, writeTreatyStatusNotes } from '../tables/treaty-status.js';
import { sendRateLimited, writeRateHeaders, type RateLimiter } from './rate-limit.js';

export interface DataHandlerOptions {
  db: Database;
  apollo: ApolloServer<RequestContext>;
  readsRequireKey: boolean;
  limiter?: RateLimiter;
  windowSeconds: number;
}

const STATUS_TABLES = ['treaty-status', 'treaty-status-notes'];
export const TABLE_NAMES = [...STATUS_TABLES, ...Object.keys(ANSWER_TABLES)];
const FORMATS = ['csv'];

/** Only the named parameters: a misspelt one ("instrument" for "instruments") would silently widen the table. */
function checkParameters(url: URL, allowed: string[]): void {
  for (const name of new Set(url.searchParams.keys())) {
    if (!allowed.includes(name)) throw badParameter(name, `unknown parameter; this table takes ${allowed.length ? allowed.join(', ') : 'none'}`);
    if (url.searchParams.getAll(name).length > 1) throw badParameter(name, 'given more than once');
  }
}

/** The read-key refusal /graphql gives (401 without a known key, 403 for too low a role). */
async function requireReader(ctx: RequestContext): Promise<void> {
  try {
    await ctx.auth.require('reader', 'Reading');
  } catch (error) {
    const code = (error as GraphQLError).extensions?.code;
    throw new TableRequestError(code === ErrorCode.Forbidden ? 403 : 401, (error as Error).message);
  }
}

async function serveStatusTable(ctx: RequestContext, table: string, url: URL, res: ServerResponse): Promise<void> {
  checkParameters(url, ['instruments']);
  const instruments = await chosenInstruments(ctx, url.searchParams.get('instruments'));
  if (table === 'treaty-status-notes') {
    const csv = startCsv(res, 'treaty-status-notes.csv', NOTES_HEADER);
    await writeTreatyStatusNotes(ctx, instruments, csv);
    return csv.end();
  }
  const notes = `/data/treaty-status-notes.csv${url.search}`;
  const csv = startCsv(res, 'treaty-status.csv', treatyStatusHeader(instruments), { link: `<${notes}>; rel="describedby"; type="text/csv"` });
  await writeTreatyStatus(ctx, instruments, csv);
  await csv.end();
}

function graphqlRefusal(error: { message: string; extensions?: Record<string, unknown> }): TableRequestError {
  const code = error.extensions?.code;
  const argument = typeof error.extensions?.argument === 'string' ? error.extensions.argument : undefined;
  if (code === ErrorCode.Unauthenticated) return new TableRequestError(401, error.message);
  if (code === ErrorCode.Forbidden) return new TableRequestError(403, error.message);
  if (code === ErrorCode.RateLimited) return new TableRequestError(429, error.message);
  // Argument and validation errors (an unknown id, a bad enum value or date) are the caller's to fix.
  if (code === ErrorCode.InternalServerError || code === undefined) throw new Error(`table query failed: ${error.message}`);
  return new TableRequestError(400, error.message, argument);
}

async function serveAnswerTable(ctx: RequestContext, apollo: ApolloServer<RequestContext>, name: string, table: AnswerTable, url: URL, res: ServerResponse) {
  checkParameters(
    url,
    table.parameters.map((p) => p.name),
  );
  const variables: Record<string, string> = {};
  for (const { name: parameter, required } of table.parameters) {
    const value = url.searchParams.get(parameter);
    if (value === null || value === '') {
      if (required)
        throw badParameter(
          parameter,
          `required; e.g. /data/${name}.csv?${table.parameters
            .filter((p) => p.required)
            .map((p) => `${p.name}=...`)
            .join('&')}`,
        );
      continue;
    }
    variables[parameter] = value;
  }
  const response = await apollo.executeOperation({ query: table.query, variables }, { contextValue: ctx });
  if (response.body.kind !== 'single') throw new Error('a table query answered incrementally');
  const { data, errors } = response.body.singleResult;
  if (errors?.length) throw graphqlRefusal(errors[0]!);
  const csv = startCsv(res, `${name}.csv`, table.header);
  for (const row of table.rows(data)) await csv.row(row as string[]);
  await csv.end();
}

function sendError(res: ServerResponse, error: TableRequestError, requestId: string): void {
  res.writeHead(error.status, { 'content-type': 'application/json', 'x-request-id': requestId });
  res.end(JSON.stringify({ error: error.message, ...(error.parameter ? { parameter: error.parameter } : {}), requestId }));
}

export function dataHandler(options: DataHandlerOptions) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const headers = new Map(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
    const ctx = createContext(options.db, headers, { readsRequireKey: options.readsRequireKey });
    try {
      if (req.method !== 'GET') throw new TableRequestError(400, `method: ${req.method} is not served; tables are read with GET`, 'method');
      if (options.limiter) {
        const decision = await options.limiter.consume(req.socket.remoteAddress ?? 'unknown', () => ctx.auth.principal());
        if (!decision.allowed) return sendRateLimited(res, decision, options.windowSeconds, ctx.requestId);
        writeRateHeaders(res, decision);
      }
      if (ctx.readsRequireKey) await requireReader(ctx);
      const match = /^\/data\/([a-z-]+)\.([A-Za-z0-9]+)$/.exec(url.pathname);
      if (!match || !TABLE_NAMES.includes(match[1]!)) {
        throw new TableRequestError(404, `no table at ${url.pathname.slice(0, 100)}; tables: ${TABLE_NAMES.map((t) => `/data/${t}.csv`).join(', ')}`);
      }
      const [, table, format] = match as unknown as [string, string, string];
      if (!FORMATS.includes(format)) throw badParameter('format', `"${format.slice(0, 20)}" is not a format served; use .csv (e.g. /data/${table}.csv)`);
      if (STATUS_TABLES.includes(table)) return await serveStatusTable(ctx, table, url, res);
      return await serveAnswerTable(ctx, options.apollo, table, ANSWER_TABLES[table]!, url, res);
    } catch (error) {
      // Mid-stream, a clean end would pass a cut table for a whole one: break the connection instead.
      if (res.headersSent) {
        res.destroy();
        throw error;
      }
      if (!(error instanceof TableRequestError)) throw error;
      sendError(res, error, ctx.requestId);
    }
  };
}
