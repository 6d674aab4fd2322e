/**
 * Spawns the embedded Neo4j launcher (a JVM), waits for its "BOLT_READY" line, and stops it.
 * Used when NEO4J_URI is not set: by the server, the seed CLI and the test setup.
 * The launcher gets our pid and a stdin pipe, and exits by itself when we die (no orphans);
 * an owner record in the data directory names both processes (owner-record.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';
import type { EmbeddedNeo4jConfig } from '../settings.js';
import { ensureLauncherBuilt } from './build-launcher.js';
import { launcherJar, launcherPlugins } from './launcher-paths.js';
import { removeOwnerRecord, writeOwnerRecord } from './owner-record.js';

/** Flags Neo4j's own launcher passes; without them Netty and the page cache fail on Java 17. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
];

export interface EmbeddedNeo4j {
  uri: string;
  /** The launcher JVM's process id. */
  pid: number;
  /** Milliseconds from spawn to Bolt ready. */
  startupMs: number;
  /** Settles when the launcher exits, for whatever reason (stop(), a crash, a kill). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

/**
 * The java command line of the launcher. With `parentPid` it exits when that process dies or
 * its stdin closes; without, it lives until stopped (only tests use that, to make an orphan).
 */
export function launcherArgs(config: EmbeddedNeo4jConfig, parentPid?: number): string[] {
  return [
    `-Xms${Math.min(256, config.heapMb)}m`,
    `-Xmx${config.heapMb}m`,
    ...JVM_FLAGS,
    '-jar',
    launcherJar,
    '--data',
    config.dataDir,
    '--port',
    String(config.port),
    '--pagecache-mb',
    String(config.pageCacheMb),
    '--plugins',
    launcherPlugins,
    ...(parentPid === undefined ? [] : ['--parent-pid', String(parentPid), '--exit-on-stdin-eof']),
  ];
}

export async function startEmbeddedNeo4j(
  config: EmbeddedNeo4jConfig,
  log: (line: string) => void = console.error,
  timeoutMs = 180_000,
): Promise<EmbeddedNeo4j> {
  ensureLauncherBuilt(log);
  fs.mkdirSync(config.dataDir, { recursive: true });
  const started = Date.now();
  // stdin stays an open pipe we never write to: the kernel closes it when we die, whatever kills us.
  const child = spawn('java', launcherArgs(config, process.pid), { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin?.on('error', () => {}); // never written to; a closed pipe is not our error
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  if (child.pid !== undefined) {
    const launcherPid = child.pid;
    writeOwnerRecord(config.dataDir, { launcherPid, ownerPid: process.pid, port: config.port, startedAt: new Date().toISOString() });
    void exited.then(() => removeOwnerRecord(config.dataDir, launcherPid));
  }
  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 30) stderrTail.shift();
  });

  const uri = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`embedded Neo4j did not report Bolt ready within ${timeoutMs / 1000}s`));
    }, timeoutMs);
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^BOLT_READY (\S+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`could not start java for embedded Neo4j: ${err.message}. Install Java 17.`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`embedded Neo4j exited before Bolt was ready (code ${code}, signal ${signal}) on port ${config.port}:\n` + stderrTail.join('\n')));
    });
  });

  return { uri, pid: child.pid!, startupMs: Date.now() - started, exited, stop: () => stopProcess(child) };
}

function stopProcess(child: ChildProcess, graceMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
