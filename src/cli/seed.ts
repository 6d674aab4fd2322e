/**
 * npm run seed            validate every seed file, then load (idempotent)
 * npm run seed -- --check validate only, no database
 */
import { checkSeed, formatProblems, loadSeed } from '../seed/load-seed.js';
import { formatSeedOutcome } from '../seed/format-outcome.js';
import { withDatabase } from './with-database.js';

if (process.argv.includes('--check')) {
  const { nodes, relationships, problems } = checkSeed();
  if (problems.length > 0) {
    console.error(`${problems.length} problem(s); nothing would be written:\n${formatProblems(problems)}`);
    process.exit(1);
  }
  console.log(`Seed is valid: ${nodes.length} nodes, ${relationships.length} relationships.`);
} else {
  await withDatabase(async (db) => {
    const outcome = await loadSeed(db);
    if (!outcome.ok) {
      console.error(`${outcome.problems.length} problem(s); nothing was written:\n${formatProblems(outcome.problems)}`);
      return 1;
    }
    console.log(formatSeedOutcome(outcome));
    return 0;
  });
}
