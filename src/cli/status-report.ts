/**
 * npm run status-report: writes docs/status-data-report.md, the treaty-status loader's report of
 * rows not attributed to a State and of disagreements between data sets (no database needed).
 */
import fs from 'node:fs';
import { buildStatusDataReport, STATUS_REPORT_FILE } from '../seed/status/build-report.js';

fs.writeFileSync(STATUS_REPORT_FILE, buildStatusDataReport());
console.log(`Wrote ${STATUS_REPORT_FILE}`);
