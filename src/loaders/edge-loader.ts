/**
 * Per-request DataLoader of a node's relationships of one type in one direction. All keys
 * of a batch (any mix of nodes, types and directions) go to Neo4j as one UNWIND query;
 * the nodes at the other ends are put in the node loader's cache, so resolving them costs
 * no further round-trip.
 */
import DataLoader from 'dataloader';
import type { QueryReader } from '../db/database.js';
import type { Direction } from '../graph/schema-map.js';
import { toEdgeView, toNodeView, type EdgeView } from '../graph/views.js';
import type { NodeLoader } from './node-loader.js';

export interface EdgeKey {
  id: string;
  type: string;
  direction: Direction;
}

export type EdgeLoader = DataLoader<EdgeKey, EdgeView[], string>;

const keyString = (k: EdgeKey) => `${k.id}|${k.type}|${k.direction}`;

export function createEdgeLoader(db: QueryReader, nodes: NodeLoader): EdgeLoader {
  return new DataLoader(
    async (keys) => {
      const rows = await db.read('edges/by-node', { keys: keys.map((k) => ({ id: k.id, type: k.type, direction: k.direction })) });
      const grouped = new Map<string, EdgeView[]>();
      for (const row of rows) {
        const key = keyString({ id: row.nodeId, type: row.type, direction: row.direction });
        const edge = toEdgeView(row.type, row.fromId, row.toId, row.edgeProps);
        const list = grouped.get(key) ?? [];
        list.push(edge);
        grouped.set(key, list);
        const other = toNodeView(row.otherLabel, row.otherProps);
        nodes.prime(other.id, other);
      }
      return keys.map((k) => grouped.get(keyString(k)) ?? []);
    },
    { cacheKeyFn: keyString },
  );
}
