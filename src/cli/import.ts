/**
 * npm run import -- <files or directories...> [--dry-run] [--verbose]
 * Validates every row (the seed's rules, against the input and the graph), then writes all rows
 * in one transaction, or none. Exit 0 when imported (or a clean dry run), 1 on any problem.
 */
import { formatImport } from '../bulk/format-import.js';
import { ImportTooLargeError, importFiles } from '../bulk/import-files.js';
import { fromCaller } from './caller-path.js';
import { withDatabase } from './with-database.js';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const paths = args.filter((a) => !a.startsWith('--')).map(fromCaller);
const unknown = [...flags].filter((f) => !['--dry-run', '--verbose'].includes(f));

if (unknown.length > 0 || paths.length === 0) {
  console.error(`${unknown.length > 0 ? `unknown option ${unknown.join(', ')}\n` : ''}usage: npm run import -- <files or directories...> [--dry-run] [--verbose]`);
  process.exit(2);
}

await withDatabase(async (db) => {
  try {
    const outcome = await importFiles(db, paths, { dryRun: flags.has('--dry-run') });
    (outcome.ok ? console.log : console.error)(formatImport(outcome, flags.has('--verbose')));
    return outcome.ok ? 0 : 1;
  } catch (error) {
    if (error instanceof ImportTooLargeError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
});
