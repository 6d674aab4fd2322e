/**
 * Reads the files named on the command line (a directory stands for its .csv and .json files, or
 * for the resources its datapackage.json lists) into raw entries, each tagged `file:line` so every problem points at the row that caused it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../formats/csv.js';
import { csvEntries, type Entries } from './csv-entries.js';
import { entryLines } from './json-lines.js';

const EXTENSIONS = ['.csv', '.json'];
const DESCRIPTOR = 'datapackage.json';

/** The CSV files a Frictionless descriptor lists, inside its own directory (a data package export). */
function packageResources(descriptor: string): { files: string[]; problems: Entries['problems'] } {
  const dir = path.dirname(descriptor);
  const problems: Entries['problems'] = [];
  let resources: unknown;
  try {
    resources = (JSON.parse(fs.readFileSync(descriptor, 'utf8')) as { resources?: unknown }).resources;
  } catch (error) {
    return { files: [], problems: [{ file: descriptor, entry: '-', reason: `not valid JSON: ${(error as Error).message}` }] };
  }
  if (!Array.isArray(resources)) return { files: [], problems: [{ file: descriptor, entry: 'resources', reason: '"resources" must be a list' }] };
  const files: string[] = [];
  resources.forEach((r: { path?: unknown }, i) => {
    const p = r?.path;
    if (typeof p !== 'string' || path.isAbsolute(p) || p.split(/[\\/]/).includes('..') || path.extname(p).toLowerCase() !== '.csv')
      problems.push({ file: descriptor, entry: `resources[${i}]`, reason: '"path" must be a .csv file inside the package directory' });
    else files.push(path.join(dir, p));
  });
  return { files, problems };
}

/** Files to read, in a stable order; a missing path or unknown extension is a problem, not a crash. */
export function expandPaths(paths: string[]): { files: string[]; problems: Entries['problems'] } {
  const files: string[] = [];
  const problems: Entries['problems'] = [];
  for (const p of paths) {
    const descriptor = path.basename(p) === DESCRIPTOR ? p : path.join(p, DESCRIPTOR);
    if (!fs.existsSync(p)) problems.push({ file: p, entry: '-', reason: 'no such file or directory' });
    else if (fs.existsSync(descriptor) && fs.statSync(descriptor).isFile()) {
      const listed = packageResources(descriptor);
      files.push(...listed.files);
      problems.push(...listed.problems);
    } else if (fs.statSync(p).isDirectory()) {
      const inside = fs
        .readdirSync(p)
        .filter((f) => EXTENSIONS.includes(path.extname(f).toLowerCase()))
        .sort();
      if (inside.length === 0) problems.push({ file: p, entry: '-', reason: 'the directory holds no .csv or .json file' });
      files.push(...inside.map((f) => path.join(p, f)));
    } else if (!EXTENSIONS.includes(path.extname(p).toLowerCase())) problems.push({ file: p, entry: '-', reason: 'not a .csv or .json file' });
    else files.push(p);
  }
  return { files, problems };
}

function jsonEntries(file: string, text: string): Entries {
  const out: Entries = { nodes: [], relationships: [], problems: [], rows: 0 };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    out.problems.push({ file, entry: '-', reason: `not valid JSON: ${(error as Error).message}` });
    return out;
  }
  const lines = entryLines(text);
  const take = (list: unknown, key: string, kind?: 'nodes' | 'relationships') => {
    if (!Array.isArray(list)) {
      out.problems.push({ file, entry: key, reason: `"${key}" must be a list of entries` });
      return;
    }
    out.rows += list.length;
    list.forEach((item, i) => {
      const where = `${file}:${lines.get(key)?.[i] ?? 1}`;
      if (item === null || typeof item !== 'object' || Array.isArray(item)) {
        out.problems.push({ file: where, entry: `#${i + 1}`, reason: 'an entry must be a JSON object' });
        return;
      }
      // In a plain list, an entry with "from" is a relationship; every other one a node.
      const target = kind ?? ('from' in item ? 'relationships' : 'nodes');
      out[target].push({ file: where, index: out[target].length, data: item as Record<string, unknown> });
    });
  };
  if (Array.isArray(parsed)) take(parsed, '');
  else if (parsed !== null && typeof parsed === 'object') {
    for (const [key, value] of Object.entries(parsed)) {
      if (key === 'nodes' || key === 'relationships') take(value, key, key);
      else out.problems.push({ file, entry: key, reason: `unknown key "${key}": a JSON import file holds "nodes" and/or "relationships"` });
    }
  } else out.problems.push({ file, entry: '-', reason: 'a JSON import file is a list of entries or an object with "nodes" and "relationships"' });
  return out;
}

export function readInputFile(file: string): Entries {
  return readInputText(file, path.extname(file).toLowerCase() === '.json' ? 'json' : 'csv', fs.readFileSync(file, 'utf8'));
}

/** The formats an import reads; a file's extension picks one, proposeImport names it. */
export const INPUT_FORMATS = ['csv', 'json'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** One input's text, read as `format`; `file` names it in every problem (proposeImport: "input.csv"). */
export function readInputText(file: string, format: InputFormat, text: string): Entries {
  if (format === 'json') return jsonEntries(file, text);
  const { records, error } = parseCsv(text);
  if (error) return { nodes: [], relationships: [], problems: [{ file: `${file}:${error.line}`, entry: '-', reason: error.reason }], rows: 0 };
  return csvEntries(file, records);
}

/** Reads every input; entries from all files are validated together (a file may refer to another's nodes). */
export function readInputs(paths: string[]): Entries {
  const { files, problems } = expandPaths(paths);
  const all: Entries = { nodes: [], relationships: [], problems, rows: 0 };
  for (const file of files) {
    const e = readInputFile(file);
    all.nodes.push(...e.nodes);
    all.relationships.push(...e.relationships);
    all.problems.push(...e.problems);
    all.rows += e.rows;
  }
  return all;
}
