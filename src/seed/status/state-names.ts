/**
 * Explicit name-to-State matching for the treaty-status data sets: seed/status-names.yaml first,
 * then a State's name or aliases with case, accents and punctuation ignored. A name can also be a
 * predecessor State or a participant that is not a State; anything else is "unmatched", and the
 * caller reports it (docs/status-data-report.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { RawEntry } from '../../model/validate.js';

export type NameMatch =
  | { kind: 'state'; stateId: string }
  | { kind: 'predecessor'; rule: string }
  | { kind: 'not-a-state'; rule: string }
  | { kind: 'unmatched' };

interface NamesFile {
  states?: Record<string, string>;
  predecessors?: Record<string, string>;
  notStates?: Record<string, string>;
}

export const normaliseName = (name: string) =>
  name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export function stateNameMatcher(seedDir: string, nodeEntries: RawEntry[]): (name: string) => NameMatch {
  const file = path.join(seedDir, 'status-names.yaml');
  const names = (fs.existsSync(file) ? YAML.parse(fs.readFileSync(file, 'utf8')) : {}) as NamesFile;
  const byName = new Map<string, string>();
  for (const e of nodeEntries) {
    const id = e.data.id;
    if (typeof id !== 'string' || !id.startsWith('state:')) continue;
    const aliases = Array.isArray(e.data.aliases) ? (e.data.aliases as string[]) : [];
    for (const n of [String(e.data.name), ...aliases]) byName.set(normaliseName(n), id);
  }
  const explicit = new Map(Object.entries(names.states ?? {}).map(([n, id]) => [normaliseName(n), id]));
  const predecessors = new Map(Object.entries(names.predecessors ?? {}).map(([n, rule]) => [normaliseName(n), rule]));
  const notStates = new Map(Object.entries(names.notStates ?? {}).map(([n, rule]) => [normaliseName(n), rule]));
  return (name) => {
    const key = normaliseName(name);
    const stateId = explicit.get(key) ?? byName.get(key);
    if (stateId) return { kind: 'state', stateId };
    if (predecessors.has(key)) return { kind: 'predecessor', rule: predecessors.get(key)! };
    if (notStates.has(key)) return { kind: 'not-a-state', rule: notStates.get(key)! };
    return { kind: 'unmatched' };
  };
}
