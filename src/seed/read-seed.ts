/**
 * Reads the curated seed files (YAML) into raw entries tagged with file and position.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Problem, RawEntry } from '../model/validate.js';

export interface SeedFiles {
  nodes: RawEntry[];
  relationships: RawEntry[];
  problems: Problem[];
}

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(dir, f));
}

function readEntries(file: string, seedDir: string, problems: Problem[]): RawEntry[] {
  const name = path.relative(seedDir, file);
  let parsed: unknown;
  try {
    parsed = YAML.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({ file: name, entry: '-', reason: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
    return [];
  }
  if (parsed === null || parsed === undefined) return [];
  if (!Array.isArray(parsed)) {
    problems.push({ file: name, entry: '-', reason: 'must be a YAML list of entries' });
    return [];
  }
  return parsed.map((data, index) => ({ file: name, index, data: (data ?? {}) as Record<string, unknown> }));
}

export function readSeedFiles(seedDir: string): SeedFiles {
  const problems: Problem[] = [];
  const sourceFiles = fs.readdirSync(seedDir).filter((f) => /^sources.*\.yaml$/.test(f)).sort().map((f) => path.join(seedDir, f));
  const nodes = [...sourceFiles, ...yamlFiles(path.join(seedDir, 'nodes'))].flatMap((f) => readEntries(f, seedDir, problems));
  const relationships = yamlFiles(path.join(seedDir, 'relationships')).flatMap((f) => readEntries(f, seedDir, problems));
  return { nodes, relationships, problems };
}
