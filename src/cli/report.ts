/** npm run report: counts per label and relationship type, and the share carrying a citation. */
import { buildDataReport, formatDataReport } from '../seed/data-report.js';
import { withDatabase } from './with-database.js';

await withDatabase(async (db) => {
  console.log(formatDataReport(await buildDataReport(db)));
  return 0;
});
