/** The membership loader report for the seed as it stands: what `npm run membership-report` writes to docs/. */
import path from 'node:path';
import { projectRoot } from '../../db/embedded/launcher-paths.js';
import { checkSeed, defaultSeedDir } from '../load-seed.js';
import { rcpMembershipReport } from './rcp-membership-report.js';

export const RCP_MEMBERSHIP_REPORT_FILE = path.join(projectRoot, 'docs', 'rcp-membership-report.md');

export function buildRcpMembershipReport(seedDir = defaultSeedDir): string {
  const check = checkSeed(seedDir);
  if (check.problems.length > 0) throw new Error(`the seed has ${check.problems.length} problem(s); run npm run seed -- --check`);
  return rcpMembershipReport(check.rcpMembership, check.nodes, check.relationships);
}
