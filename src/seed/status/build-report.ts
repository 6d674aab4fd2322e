/** The loader report for the seed as it stands: what `npm run status-report` writes to docs/. */
import path from 'node:path';
import { projectRoot } from '../../db/embedded/launcher-paths.js';
import { checkSeed, defaultSeedDir } from '../load-seed.js';
import { membershipReport } from '../membership/membership-report.js';
import { readSeedFiles } from '../read-seed.js';
import { stateNameMatcher } from './state-names.js';
import { statusDataReport } from './status-report.js';

export const STATUS_REPORT_FILE = path.join(projectRoot, 'docs', 'status-data-report.md');

export function buildStatusDataReport(seedDir = defaultSeedDir): string {
  const check = checkSeed(seedDir);
  if (check.problems.length > 0) throw new Error(`the seed has ${check.problems.length} problem(s); run npm run seed -- --check`);
  return statusDataReport(seedDir, check, stateNameMatcher(seedDir, readSeedFiles(seedDir).nodes)) + membershipReport(check.igoMembership, check.relationships);
}
