/**
 * `npm run export -- --format datapackage`: the CSV export (one file per node kind and per
 * relationship type, the files `npm run import` reads) plus `datapackage.json` describing them
 * and a copy of DATA-TERMS.md, so the directory is a Frictionless data package that stands alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/database.js';
import { exportGraph, type ExportOutcome } from '../bulk/export-graph.js';
import { parseCsv } from '../formats/csv.js';
import { currentRelease } from '../release.js';
import { DESCRIPTOR_FILE, TERMS_FILE, dataPackageDescriptor } from './datapackage.js';

const TERMS_PATH = fileURLToPath(new URL(`../../${TERMS_FILE}`, import.meta.url));

function headerOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  // The exporter's headers are model field names: never quoted line breaks.
  return parseCsv(text.slice(0, text.indexOf('\n') + 1)).records[0]?.cells ?? [];
}

export async function exportDataPackage(db: Database, outDir: string): Promise<ExportOutcome> {
  if (!fs.existsSync(TERMS_PATH)) throw new Error(`${TERMS_PATH} is missing: the data package must carry the data terms`);
  const outcome = await exportGraph(db, outDir, 'csv');
  const files = outcome.files.map((f) => ({ ...f, header: headerOf(path.join(outDir, f.name)) }));
  const descriptor = dataPackageDescriptor(files, currentRelease());
  fs.writeFileSync(path.join(outDir, DESCRIPTOR_FILE), `${JSON.stringify(descriptor, null, 2)}\n`);
  fs.copyFileSync(TERMS_PATH, path.join(outDir, TERMS_FILE));
  return { ...outcome, files: [...outcome.files, { name: DESCRIPTOR_FILE, rows: files.length }, { name: TERMS_FILE, rows: 0 }] };
}
