/**
 * The seed use case: read every file, validate everything, and only then write.
 */
import path from 'node:path';
import type { Database } from '../db/database.js';
import { projectRoot } from '../db/embedded/launcher-paths.js';
import { readMembershipData } from './membership/read-membership-data.js';
import { buildPassages } from './passages.js';
import { readRcpMembership } from './membership/read-rcp-membership.js';
import { readSeedFiles } from './read-seed.js';
import { readStatusData } from './status/read-status-data.js';
import type { PairValue, SkippedRow } from './status/status-data.js';
import { readTreatyStatus, type StatusAnomaly } from './treaty-status.js';
import { validateSeed, type Problem } from '../model/validate.js';
import { writeGraph, type WriteReport } from './write-graph.js';

export const defaultSeedDir = path.join(projectRoot, 'seed');

export type SeedOutcome =
  | { ok: false; problems: Problem[] }
  | { ok: true; nodeCount: number; relationshipCount: number; written: WriteReport; anomalies: StatusAnomaly[] };

/** Validates the seed without a database (used by tests and by `npm run seed -- --check`). */
export function checkSeed(seedDir = defaultSeedDir) {
  const files = readSeedFiles(seedDir);
  const stateIdByIso2 = new Map(
    files.nodes.filter((e) => typeof e.data.iso2 === 'string').map((e) => [String(e.data.iso2), String(e.data.id)]),
  );
  const status = readTreatyStatus(seedDir, stateIdByIso2);
  const more = readStatusData(seedDir, files.nodes);
  // UN admissions, UN regional groups, COW IGO years; RCP, IOM and GFMD membership from cited pages.
  const igoMembership = readMembershipData(seedDir, files.nodes);
  const rcpMembership = readRcpMembership(seedDir, files.nodes);
  const result = validateSeed([...files.nodes, ...rcpMembership.nodes], [
    ...files.relationships,
    ...status.entries,
    ...more.entries,
    ...igoMembership.entries,
    ...rcpMembership.entries,
  ]);
  const statusValues: PairValue[] = [...status.values, ...more.values];
  const skipped: SkippedRow[] = more.skipped;
  return { ...result, problems: [...files.problems, ...result.problems], anomalies: status.anomalies, skipped, statusValues, igoMembership, rcpMembership };
}

export async function loadSeed(db: Database, seedDir = defaultSeedDir): Promise<SeedOutcome> {
  const { nodes, relationships, problems, anomalies } = checkSeed(seedDir);
  if (problems.length > 0) return { ok: false, problems };
  const sources = nodes
    .filter((n) => n.label === 'Source')
    .map((n) => ({ id: n.id, file: n.props.file as string | undefined, text: n.props.text as string | undefined }));
  const written = await writeGraph(db, nodes, relationships, buildPassages(seedDir, sources));
  return { ok: true, nodeCount: nodes.length, relationshipCount: relationships.length, written, anomalies };
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.entry}: ${p.reason}`).join('\n');
}
