/**
 * The browser tests' harness: the real HTTP server (GraphQL + /explorer) on a free port against
 * the test run's Neo4j, and Debian's Chromium driven headless by playwright-core (no browser
 * download). Screenshots go to tests/artifacts/browser/ (gitignored; CI keeps them as artifacts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { projectRoot } from '../../src/db/embedded/launcher-paths.js';
import type { Database } from '../../src/db/database.js';
import { silentLogger } from '../../src/observability/logger.js';
import { startServer, type RunningServer } from '../../src/server.js';
import { testDatabase } from './database.js';

export const artifactDir = path.join(projectRoot, 'tests', 'artifacts', 'browser');

export interface BrowserHarness {
  server: RunningServer;
  /** The server's connection to the test run's Neo4j (for making API keys). */
  db: Database;
  browser: Browser;
  page: Page;
  /** Errors the page threw or logged, to fail on. */
  pageErrors: string[];
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

export function chromiumPath(): string {
  const file = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(file))
    throw new Error(`No Chromium at ${file}: run \`node scripts/ensure-chromium.mjs\` (or apt-get install chromium), or set CHROMIUM_PATH`);
  return file;
}

export interface ExplorerOptions {
  /** READS_REQUIRE_KEY for the server */
  readsRequireKey?: boolean;
  /** CORS_ORIGINS for the server */
  corsOrigins?: string[];
  /** MAX_BODY_BYTES for the server (default 1 MB) */
  maxBodyBytes?: number;
}

export async function openExplorer(options: ExplorerOptions = {}): Promise<BrowserHarness> {
  const db = testDatabase();
  const server = await startServer({
    db,
    host: '127.0.0.1',
    port: 0,
    production: false,
    readsRequireKey: options.readsRequireKey ?? false,
    corsOrigins: options.corsOrigins,
    maxBodyBytes: options.maxBodyBytes,
    logger: silentLogger(),
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  fs.mkdirSync(artifactDir, { recursive: true });
  return {
    server,
    db,
    browser,
    page,
    pageErrors,
    screenshot: async (name) => {
      await page.screenshot({ path: path.join(artifactDir, `${name}.png`) });
    },
    async close() {
      await browser.close();
      await server.stop();
      await db.close();
    },
  };
}
