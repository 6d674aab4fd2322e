/** npm run membership-report: writes docs/rcp-membership-report.md (no database needed). */
import fs from 'node:fs';
import { buildRcpMembershipReport, RCP_MEMBERSHIP_REPORT_FILE } from '../seed/membership/build-rcp-report.js';

fs.writeFileSync(RCP_MEMBERSHIP_REPORT_FILE, buildRcpMembershipReport());
console.log(`Wrote ${RCP_MEMBERSHIP_REPORT_FILE}`);
