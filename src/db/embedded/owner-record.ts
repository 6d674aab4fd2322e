/**
 * A small file in the embedded Neo4j's data directory naming the launcher process and the
 * process that started it. With it a new server can tell a Neo4j that a live server or tool
 * owns (reuse it) from one whose owner died (an orphan: stop it), instead of silently adopting
 * whatever listens on the port.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface OwnerRecord {
  launcherPid: number;
  ownerPid: number;
  port: number;
  startedAt: string;
}

export type DataDirState =
  | { kind: 'free' }
  /** The launcher runs and the process that started it is alive: a server or a tool owns it. */
  | { kind: 'owned'; record: OwnerRecord }
  /** The launcher runs but its owner is gone (e.g. a server killed with kill -9 before launchers exited on their own). */
  | { kind: 'orphan'; record: OwnerRecord };

const FILE = 'mgkg-launcher.json';

export function ownerRecordPath(dataDir: string): string {
  return path.join(dataDir, FILE);
}

export function writeOwnerRecord(dataDir: string, record: OwnerRecord): void {
  fs.writeFileSync(ownerRecordPath(dataDir), `${JSON.stringify(record, null, 2)}\n`);
}

/** Removes the record only if it still names this launcher (a newer one may have replaced it). */
export function removeOwnerRecord(dataDir: string, launcherPid: number): void {
  if (readOwnerRecord(dataDir)?.launcherPid === launcherPid) fs.rmSync(ownerRecordPath(dataDir), { force: true });
}

export function readOwnerRecord(dataDir: string): OwnerRecord | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(ownerRecordPath(dataDir), 'utf8')) as Partial<OwnerRecord>;
    if (typeof parsed.launcherPid !== 'number' || typeof parsed.ownerPid !== 'number' || typeof parsed.port !== 'number') return undefined;
    return parsed as OwnerRecord;
  } catch {
    return undefined;
  }
}

/** The process runs (a zombie, dead but not yet reaped by a container's init, does not count). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // /proc/<pid>/stat: "pid (name) S ..."; the state letter follows the last ')'.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc (macOS): kill(0) is all we have
  }
}

/** The pid is our launcher on this data directory, not an unrelated process that reused the pid. */
function isLauncherOn(pid: number, dataDir: string): boolean {
  const result = spawnSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
  const args = result.stdout ?? '';
  return args.includes('neo4j-launcher.jar') && args.includes(dataDir);
}

/**
 * A launcher on this data directory that left no record (one started before records existed):
 * found by its command line, so the log can name the pid to stop.
 */
export function findUnrecordedLauncher(dataDir: string): { pid: number; ppid: number } | undefined {
  const result = spawnSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' });
  for (const line of (result.stdout ?? '').split('\n')) {
    const match = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (match && match[3]!.includes('neo4j-launcher.jar') && match[3]!.includes(`--data ${dataDir} `)) {
      return { pid: Number(match[1]), ppid: Number(match[2]) };
    }
  }
  return undefined;
}

/** What runs on the data directory now; a record naming a dead launcher is removed as stale. */
export function inspectDataDir(dataDir: string): DataDirState {
  const record = readOwnerRecord(dataDir);
  if (!record) return { kind: 'free' };
  if (!isAlive(record.launcherPid) || !isLauncherOn(record.launcherPid, dataDir)) {
    fs.rmSync(ownerRecordPath(dataDir), { force: true });
    return { kind: 'free' };
  }
  return isAlive(record.ownerPid) ? { kind: 'owned', record } : { kind: 'orphan', record };
}

/** SIGTERM (Neo4j closes its store), then SIGKILL if it has not exited within `graceMs`. */
export async function stopOrphan(record: OwnerRecord, graceMs = 30_000): Promise<void> {
  const deadline = Date.now() + graceMs;
  process.kill(record.launcherPid, 'SIGTERM');
  while (isAlive(record.launcherPid)) {
    if (Date.now() > deadline) process.kill(record.launcherPid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
