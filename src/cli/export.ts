/**
 * npm run export -- --out <dir> [--format csv|json|datapackage]
 * Writes every domain node and relationship into a new or empty directory, in the formats the
 * import reads; the same graph always gives the same bytes. `datapackage` is the CSV files plus
 * a Frictionless `datapackage.json` and DATA-TERMS.md.
 */
import { parseArgs } from 'node:util';
import { ExportTargetError, exportGraph } from '../bulk/export-graph.js';
import type { ExportFormat } from '../bulk/export-files.js';
import { exportDataPackage } from '../dataset/export-datapackage.js';
import { fromCaller } from './caller-path.js';
import { withDatabase } from './with-database.js';

const USAGE = 'usage: npm run export -- --out <dir> [--format csv|json|datapackage]';

function fail(reason: string): never {
  console.error(`${reason}\n${USAGE}`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' }, format: { type: 'string', default: 'csv' } } }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
}
const values = parse();
const format = values.format!;
if (!values.out) fail('missing --out <dir>');
if (!['csv', 'json', 'datapackage'].includes(format)) fail(`--format must be csv, json or datapackage, got "${format}"`);
const out = fromCaller(values.out);

await withDatabase(async (db) => {
  try {
    const outcome = format === 'datapackage' ? await exportDataPackage(db, out) : await exportGraph(db, out, format as ExportFormat);
    console.log(`Exported ${outcome.nodes} nodes and ${outcome.relationships} relationships to ${out}:`);
    for (const f of outcome.files) console.log(`  ${f.name} (${f.rows} rows)`);
    // Say what the formats cannot carry rather than dropping it silently.
    for (const [prop, n] of outcome.skipped.properties) console.error(`not exported: property ${prop} on ${n} item(s) (not in the model)`);
    for (const row of outcome.skipped.rows) console.error(`not exported: ${row}`);
    return 0;
  } catch (error) {
    if (error instanceof ExportTargetError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
});
