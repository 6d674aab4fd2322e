/**
 * GraphiQL at GET /graphql for browsers (graphiql/): the HTML page, its stylesheet, and one
 * script + one stylesheet that esbuild bundles from graphiql/src with React and GraphiQL on the
 * first request, in memory, like the explorer. Nothing comes from a CDN; no telemetry.
 *
 * GraphiQL 4 is used, not 5: 4 edits with CodeMirror 5 and bundles into a single classic script;
 * 5 uses Monaco, whose language services run in web workers that need separate worker bundles.
 */
import fs from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import Negotiator from 'negotiator';
import { projectRoot } from '../db/embedded/launcher-paths.js';
import { buildOnce } from './build-once.js';

const graphiqlDir = path.join(projectRoot, 'graphiql');

interface GraphiqlBundle {
  script: string;
  style: string;
}

/** The page's script and stylesheet, bundled from graphiql/src on first use. */
export const graphiqlBundle = buildOnce(async (): Promise<GraphiqlBundle> => {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [path.join(graphiqlDir, 'src', 'main.tsx')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    // React's production build: the development one is larger and slower.
    define: { 'process.env.NODE_ENV': '"production"' },
    // Needed for the CSS output file; with write: false nothing is written there.
    outdir: path.join(graphiqlDir, 'out'),
    write: false,
    logLevel: 'silent',
  });
  const output = (extension: string) => result.outputFiles.find((file) => file.path.endsWith(extension))!.text;
  return { script: output('.js'), style: output('.css') };
});

/**
 * A browser opening /graphql asks for HTML; a GraphQL GET asks for JSON. Same negotiation as
 * Apollo's landing page: GraphiQL only when text/html is preferred over the JSON types.
 */
export function wantsGraphiql(req: IncomingMessage): boolean {
  if (req.method !== 'GET' || !req.headers.accept) return false;
  const preferred = new Negotiator({ headers: { accept: req.headers.accept } }).mediaType([
    'application/json',
    'application/graphql-response+json',
    'text/html',
  ]);
  return preferred === 'text/html';
}

/** GET /graphql for a browser: the page. */
export async function serveGraphiqlPage(res: ServerResponse): Promise<void> {
  const body = await fs.readFile(path.join(graphiqlDir, 'index.html'));
  // The answer differs by Accept on the same URL; caches must keep them apart (Origin may already be there).
  const vary = res.getHeader('vary');
  res.setHeader('vary', vary ? `${String(vary)}, Accept` : 'Accept');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(body);
}

/** Answers a GET under /graphiql/; false when the path is not one of the page's files. */
export async function serveGraphiqlAsset(pathname: string, res: ServerResponse): Promise<boolean> {
  let body: string | Buffer;
  let type: string;
  if (pathname === '/graphiql/app.js') {
    body = (await graphiqlBundle()).script;
    type = 'text/javascript; charset=utf-8';
  } else if (pathname === '/graphiql/app.css') {
    body = (await graphiqlBundle()).style;
    type = 'text/css; charset=utf-8';
  } else if (pathname === '/graphiql/page.css') {
    body = await fs.readFile(path.join(graphiqlDir, 'page.css'));
    type = 'text/css; charset=utf-8';
  } else {
    return false;
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
  res.end(body);
  return true;
}
