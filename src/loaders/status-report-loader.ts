/** Per-request DataLoader of the StatusReport figures about each node (one UNWIND query per batch). */
import DataLoader from 'dataloader';
import type { QueryReader } from '../db/database.js';
import { toNodeView, type NodeView } from '../graph/views.js';

export type StatusReportLoader = DataLoader<string, NodeView[]>;

export function createStatusReportLoader(db: QueryReader): StatusReportLoader {
  return new DataLoader(async (ids) => {
    const rows = await db.read('nodes/status-reports-about', { ids: [...ids] });
    const byId = new Map<string, NodeView[]>();
    for (const row of rows) {
      const list = byId.get(row.id) ?? [];
      list.push(toNodeView('StatusReport', row.props));
      byId.set(row.id, list);
    }
    return ids.map((id) => byId.get(id) ?? []);
  });
}
