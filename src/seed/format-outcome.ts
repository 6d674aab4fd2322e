import type { SeedOutcome } from './load-seed.js';

export function formatSeedOutcome(outcome: Extract<SeedOutcome, { ok: true }>): string {
  const { nodes, relationships } = outcome.written;
  const lines = [
    `Seed: ${outcome.nodeCount} nodes (${nodes.created} created, ${nodes.updated} updated, ${nodes.unchanged} unchanged), ` +
      `${outcome.relationshipCount} relationships (${relationships.created} created, ${relationships.updated} updated, ${relationships.unchanged} unchanged).`,
    `Passages of the cited texts (for the passages search): ${outcome.written.passages ?? 0}.`,
  ];
  if (outcome.anomalies.length > 0) {
    lines.push(`Treaty-status rows not loaded because their flags contradict each other (${outcome.anomalies.length}):`);
    for (const a of outcome.anomalies) lines.push(`  ${a.file}:${a.line} ${a.iso2}: ${a.reason}`);
  }
  return lines.join('\n');
}
