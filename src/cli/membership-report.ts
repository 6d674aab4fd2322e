/** npm run membership-report: writes docs/rcp-membership-report.md (no database needed). */
import fs from 'node:fs';
import { buildMembershipReport, MEMBERSHIP_REPORT_FILE } from '../seed/membership/build-report.js';

fs.writeFileSync(MEMBERSHIP_REPORT_FILE, buildMembershipReport());
console.log(`Wrote ${MEMBERSHIP_REPORT_FILE}`);
