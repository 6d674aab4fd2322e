/**
 * npm run export -- --out <dir> [--format csv|json]
 * Writes every domain node and relationship into a new or empty directory, in the formats the
 * import reads; the same graph always gives the same bytes.
 */
import { ExportTargetError, exportGraph } from '../bulk/export-graph.js';
import type { ExportFormat } from '../bulk/export-files.js';
import { fromCaller } from './caller-path.js';
import { withDatabase } from './with-database.js';

/** The value after `name`; "" when the option is there without a value. */
function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  return value === undefined || value.startsWith('--') ? '' : value;
}

const outArg = option('--out');
const out = outArg ? fromCaller(outArg) : undefined;
const format = option('--format') ?? 'csv';
if (!out || !['csv', 'json'].includes(format)) {
  console.error(`${!out ? 'missing --out <dir>' : `--format must be csv or json, got "${format}"`}\nusage: npm run export -- --out <dir> [--format csv|json]`);
  process.exit(2);
}

await withDatabase(async (db) => {
  try {
    const outcome = await exportGraph(db, out, format as ExportFormat);
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
