import type { Database } from '../db/database.js';

export interface CountRow {
  name: string;
  total: number;
  cited: number;
}

export interface DataReport {
  labels: CountRow[];
  relationships: CountRow[];
}

export async function buildDataReport(db: Database): Promise<DataReport> {
  const labels = await db.read('report/label-counts');
  const rels = await db.read('report/relationship-counts');
  return {
    labels: labels.map((r) => ({ name: r.label, total: r.total, cited: r.cited })),
    relationships: rels.map((r) => ({ name: r.type, total: r.total, cited: r.cited })),
  };
}

function share(rows: CountRow[]): string {
  const total = rows.reduce((s, r) => s + r.total, 0);
  const cited = rows.reduce((s, r) => s + r.cited, 0);
  return `${cited}/${total} (${total === 0 ? 100 : ((cited / total) * 100).toFixed(1)}%)`;
}

export function formatDataReport(report: DataReport): string {
  const table = (title: string, rows: CountRow[]) =>
    [`| ${title} | count | with citation |`, '| --- | ---: | ---: |', ...rows.map((r) => `| ${r.name} | ${r.total} | ${r.cited} |`)].join('\n');
  return [
    '## Data report',
    '',
    table('label', report.labels),
    '',
    table('relationship type', report.relationships),
    '',
    `Nodes with at least one citation: ${share(report.labels)}`,
    `Relationships with at least one citation: ${share(report.relationships)}`,
  ].join('\n');
}
