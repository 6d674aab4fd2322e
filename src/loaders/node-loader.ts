/**
 * Per-request DataLoader of whole nodes by id: one UNWIND query per batch, results in key
 * order, null for an unknown id. Other loaders prime it with the nodes they already read.
 */
import DataLoader from 'dataloader';
import type { QueryReader } from '../db/database.js';
import { toNodeView, type NodeView } from '../graph/views.js';

export type NodeLoader = DataLoader<string, NodeView | null>;

export function createNodeLoader(db: QueryReader): NodeLoader {
  return new DataLoader(async (ids) => {
    const rows = await db.read('nodes/by-ids', { ids: [...ids] });
    const byId = new Map(rows.map((r) => [r.id, toNodeView(r.label, r.props)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
