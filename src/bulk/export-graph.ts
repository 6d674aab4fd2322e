/**
 * The export use case: read every domain node and relationship in one read transaction (a
 * consistent snapshot), turn them into import entries, and write the files into an empty
 * directory.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/database.js';
import { exportFiles, type ExportFormat } from './export-files.js';
import { nodeEntry, relationshipEntry, type Entry, type Skipped } from '../model/stored-entry.js';

export interface ExportOutcome {
  files: Array<{ name: string; rows: number }>;
  nodes: number;
  relationships: number;
  skipped: Skipped;
}

export class ExportTargetError extends Error {}

export async function exportGraph(db: Database, outDir: string, format: ExportFormat): Promise<ExportOutcome> {
  // An export never mixes with older files: one directory, one snapshot.
  if (fs.existsSync(outDir) && fs.readdirSync(outDir).length > 0) {
    throw new ExportTargetError(`--out ${outDir} is not empty; export into a new or empty directory`);
  }
  const [nodes, relationships] = await db.readTx(async (tx) => [await db.run(tx, 'bulk/export-nodes'), await db.run(tx, 'bulk/export-relationships')], {
    bulk: true,
  });
  const skipped: Skipped = { properties: new Map(), rows: [] };
  const nodeEntries = nodes.map((n) => nodeEntry(n, skipped)).filter((e): e is Entry => e !== undefined);
  const relationshipEntries = relationships.map((r) => relationshipEntry(r, skipped)).filter((e): e is Entry => e !== undefined);
  const files = exportFiles(nodeEntries, relationshipEntries, format);
  fs.mkdirSync(outDir, { recursive: true });
  const written: ExportOutcome['files'] = [];
  for (const [name, { text, rows }] of files) {
    fs.writeFileSync(path.join(outDir, name), text);
    written.push({ name, rows });
  }
  return { files: written, nodes: nodeEntries.length, relationships: relationshipEntries.length, skipped };
}
