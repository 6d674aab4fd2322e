/**
 * Per-request DataLoader of node label and name by id: one UNWIND query per batch,
 * results in key order, null for an unknown id.
 */
import DataLoader from 'dataloader';
import type { Database } from '../db/database.js';

export interface NodeSummary {
  id: string;
  label: string;
  name: string;
}

export function createNodeLoader(db: Database): DataLoader<string, NodeSummary | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.read('nodes/kinds-by-id', { ids: [...ids] });
    const byId = new Map(rows.filter((r) => r.label !== null).map((r) => [String(r.id), { id: String(r.id), label: String(r.label), name: String(r.name) }]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
