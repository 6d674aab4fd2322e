/**
 * npm run import -- <files or directories...> [--dry-run] [--verbose] [--as <name>]
 * Validates every row (the seed's rules, against the input and the graph), then writes all rows
 * in one transaction, or none. Exit 0 when imported (or a clean dry run), 1 on any problem.
 * The audit trail records the changes for the operator "cli:<user>" (as the keys CLI does), or
 * "cli:<name>" with --as: the command has database credentials, not an API key.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { formatImport } from '../bulk/format-import.js';
import { ImportTooLargeError, importFiles } from '../bulk/import-files.js';
import { operatorPrincipal } from '../audit/audit.js';
import { fromCaller } from './caller-path.js';
import { withDatabase } from './with-database.js';

const USAGE = 'usage: npm run import -- <files or directories...> [--dry-run] [--verbose] [--as <name>]';

function parse() {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' }, verbose: { type: 'boolean' }, as: { type: 'string' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}
const { values, positionals } = parse();
const paths = positionals.map(fromCaller);
const as = values.as?.trim();

if (paths.length === 0 || as === '') {
  console.error(`${as === '' ? '--as needs a name\n' : ''}${USAGE}`);
  process.exit(2);
}
const curator = operatorPrincipal(`cli:${as ?? os.userInfo().username}`);

await withDatabase(async (db) => {
  try {
    const outcome = await importFiles(db, paths, { curator, dryRun: values['dry-run'] === true });
    (outcome.ok ? console.log : console.error)(formatImport(outcome, values.verbose === true));
    return outcome.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof ImportTooLargeError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
});
