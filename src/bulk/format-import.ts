/** What the import command prints: problems, the dry-run plan, or what was written. */
import type { WriteCounts } from '../seed/write-graph.js';
import type { ImportOutcome } from './import-files.js';
import type { Outcome, PlannedRow } from './plan.js';
import { formatProblem } from './problems.js';

/** Rows listed per outcome before "… and N more" (all of them with --verbose). */
export const LIST_LIMIT = 20;

const VERB: Record<Outcome, string> = { created: 'create', updated: 'change', unchanged: 'leave alone' };

function counts(rows: PlannedRow[]): WriteCounts {
  const c: WriteCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const r of rows) c[r.outcome] += 1;
  return c;
}

const summary = (what: string, c: WriteCounts, future: boolean) =>
  future
    ? `${what}: ${c.created} to create, ${c.updated} to change, ${c.unchanged} unchanged`
    : `${what}: ${c.created} created, ${c.updated} changed, ${c.unchanged} unchanged`;

function listRows(kind: string, rows: PlannedRow[], limit: number): string[] {
  const lines: string[] = [];
  for (const outcome of ['created', 'updated', 'unchanged'] as Outcome[]) {
    const of = rows.filter((r) => r.outcome === outcome);
    for (const r of of.slice(0, limit)) {
      lines.push(`  ${VERB[outcome]} ${kind} ${r.id} (${r.at})${r.changed.length > 0 ? `: ${r.changed.join(', ')}` : ''}`);
    }
    if (of.length > limit) lines.push(`  … and ${of.length - limit} more ${kind}s to ${VERB[outcome]}`);
  }
  return lines;
}

export function formatImport(outcome: ImportOutcome, verbose = false): string {
  if (!outcome.ok) {
    return [`${outcome.problems.length} problem(s) in ${outcome.rows} row(s); nothing was written:`, ...outcome.problems.map(formatProblem)].join('\n');
  }
  if (outcome.dryRun) {
    const limit = verbose ? Infinity : LIST_LIMIT;
    const { nodes, relationships } = outcome.plan;
    return [
      'Dry run: every row is valid; nothing was written.',
      summary('Nodes', counts(nodes), true),
      summary('Relationships', counts(relationships), true),
      ...listRows('node', nodes, limit),
      ...listRows('relationship', relationships, limit),
    ].join('\n');
  }
  const { nodes, relationships } = outcome.written;
  const seconds = (outcome.timings.readMs + outcome.timings.validateMs + outcome.timings.writeMs) / 1000;
  const recorded = nodes.created + nodes.updated + relationships.created + relationships.updated;
  return [
    `Imported in one transaction (${seconds.toFixed(1)} s).`,
    summary('Nodes', nodes, false),
    summary('Relationships', relationships, false),
    `Audit: ${recorded} change(s) recorded as import ${outcome.importId} (list them with changes(importId: "${outcome.importId}")).`,
  ].join('\n');
}
