/**
 * A synthetic graph shaped like the real one, for the import benchmark: States × instruments
 * (each pair ratified, acceded, succeeded or signed, dates at year, month or day precision,
 * never before adoption) as a treaty-status table, and State memberships of RCPs as a
 * relationships table. 200 relationships per State; deterministic (fixed-seed PRNG).
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatCsvRow } from '../src/formats/csv.js';

const INSTRUMENTS = 180;
const GROUPS_PER_STATE = 20;
const GROUPS = 40;
export const ROWS_PER_STATE = INSTRUMENTS + GROUPS_PER_STATE;
const SOURCE = 'source:bench-synthetic';

/** mulberry32: small, fast, and the same sequence everywhere. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export interface SyntheticFiles {
  nodes: string;
  relationships: string[];
  relationshipCount: number;
}

export function writeSyntheticGraph(dir: string, rows: number): SyntheticFiles {
  const random = prng(20261129);
  const states = Math.max(1, Math.ceil(rows / ROWS_PER_STATE));
  const adopted = Array.from({ length: INSTRUMENTS }, () => 1950 + Math.floor(random() * 66));

  const nodes = [formatCsvRow(['id', 'name', 'title', 'iso2', 'iso3', 'unMember', 'unStatus', 'type', 'adopted', 'source', 'locator'])];
  nodes.push(formatCsvRow([SOURCE, '', 'Synthetic benchmark data', '', '', '', '', '', '', '', '']));
  for (let s = 0; s < states; s++) {
    const code = `S${pad(s, 4)}`;
    nodes.push(formatCsvRow([`state:${code}`, `State ${s}`, '', `X${s}`, code, 'true', 'member', '', '', SOURCE, `state ${s}`]));
  }
  adopted.forEach((year, i) =>
    nodes.push(formatCsvRow([`instrument:bench-${pad(i, 3)}`, `Instrument ${i}`, '', '', '', '', '', 'treaty', String(year), SOURCE, `instrument ${i}`])),
  );
  for (let g = 0; g < GROUPS; g++) nodes.push(formatCsvRow([`rcp:bench-${pad(g, 2)}`, `Process ${g}`, '', '', '', '', '', '', '', SOURCE, `rcp ${g}`]));

  const treaty = [formatCsvRow(['state', 'instrument', 'action', 'date', 'source', 'locator'])];
  const members = [formatCsvRow(['type', 'from', 'to', 'role', 'since', 'source', 'locator'])];
  let count = 0;
  for (let s = 0; s < states && count < rows; s++) {
    for (let i = 0; i < INSTRUMENTS && count < rows; i++) {
      const r = random();
      const action = r < 0.55 ? 'ratification' : r < 0.72 ? 'accession' : r < 0.75 ? 'succession' : 'signature';
      const year = Math.min(2025, adopted[i]! + Math.floor(random() * 30));
      const p = random();
      const date =
        p < 0.6
          ? String(year)
          : p < 0.8
            ? `${year}-${pad(1 + Math.floor(random() * 12), 2)}`
            : `${year}-${pad(1 + Math.floor(random() * 12), 2)}-${pad(1 + Math.floor(random() * 28), 2)}`;
      treaty.push(formatCsvRow([`S${pad(s, 4)}`, `bench-${pad(i, 3)}`, action, date, SOURCE, `table row ${count + 1}`]));
      count++;
    }
    for (let k = 0; k < GROUPS_PER_STATE && count < rows; k++) {
      const group = (s + k * 2) % GROUPS;
      members.push(
        formatCsvRow([
          'MEMBER_OF',
          `state:S${pad(s, 4)}`,
          `rcp:bench-${pad(group, 2)}`,
          random() < 0.9 ? 'member' : 'observer',
          String(1990 + Math.floor(random() * 30)),
          SOURCE,
          `membership ${count + 1}`,
        ]),
      );
      count++;
    }
  }
  fs.mkdirSync(dir, { recursive: true });
  const file = (name: string, lines: string[]) => {
    fs.writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
    return path.join(dir, name);
  };
  return {
    nodes: file('bench-nodes.csv', nodes),
    relationships: [file('bench-ratifications.csv', treaty), file('bench-memberships.csv', members)],
    relationshipCount: count,
  };
}
