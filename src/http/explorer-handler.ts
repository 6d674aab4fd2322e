/**
 * Serves the explorer page (explorer/) at /explorer: the HTML, the CSS and one script that
 * esbuild bundles from explorer/src with Cytoscape.js and fcose on the first request, in memory
 * (about a second; nothing is fetched from a CDN, nothing is written to disk).
 */
import fs from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { projectRoot } from '../db/embedded/launcher-paths.js';
import { buildOnce } from './build-once.js';

const explorerDir = path.join(projectRoot, 'explorer');

/** The page's script, bundled from explorer/src on first use. */
export const explorerBundle = buildOnce(async () => {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [path.join(explorerDir, 'src', 'main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
});

const FILES: Record<string, { file: string; type: string }> = {
  '/explorer': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/explorer/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/explorer/explorer.css': { file: 'explorer.css', type: 'text/css; charset=utf-8' },
};

/** Answers a GET under /explorer; false when the path is not the explorer's. */
export async function serveExplorer(pathname: string, res: ServerResponse): Promise<boolean> {
  if (pathname === '/explorer/app.js') {
    const script = await explorerBundle();
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(script);
    return true;
  }
  const entry = FILES[pathname];
  if (!entry) return false;
  const body = await fs.readFile(path.join(explorerDir, entry.file));
  res.writeHead(200, { 'content-type': entry.type, 'cache-control': 'no-cache' });
  res.end(body);
  return true;
}
