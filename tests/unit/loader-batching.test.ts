/**
 * DataLoader batching, proven without a database: the loaders run against a recording fake of
 * our own QueryReader interface (not of the driver), which answers from a small table and keeps
 * every call, so each test can say how many round-trips a burst of loads costs and with what.
 */
import { describe, expect, it } from 'vitest';
import type { QueryReader } from '../../src/db/database.js';
import type { Row } from '../../src/db/values.js';
import { createLoaders } from '../../src/loaders/index.js';

const NODES: Record<string, { label: string; props: Record<string, unknown> }> = {
  'state:MEX': { label: 'State', props: { id: 'state:MEX', name: 'Mexico' } },
  'state:DEU': { label: 'State', props: { id: 'state:DEU', name: 'Germany' } },
  'instrument:icrmw': { label: 'Instrument', props: { id: 'instrument:icrmw', name: 'ICRMW' } },
};
const EDGES = [{ type: 'RATIFIED', fromId: 'state:MEX', toId: 'instrument:icrmw', props: { id: 'edge:1' } }];
const REPORTS: Record<string, Record<string, unknown>[]> = { 'instrument:icrmw': [{ id: 'report:1', name: '46 parties' }] };

type Call = { name: string; params: Record<string, unknown> };

/** Answers the three queries the loaders send, from the tables above, and records each call. */
class RecordingReader implements QueryReader {
  readonly calls: Call[] = [];

  async read(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    this.calls.push({ name, params });
    if (name === 'nodes/by-ids') {
      return (params.ids as string[]).filter((id) => NODES[id]).map((id) => ({ id, label: NODES[id]!.label, props: NODES[id]!.props }));
    }
    if (name === 'edges/by-node') {
      return (params.keys as { id: string; type: string; direction: 'out' | 'in' }[]).flatMap((key) =>
        EDGES.filter((e) => e.type === key.type && (key.direction === 'out' ? e.fromId : e.toId) === key.id).map((e) => {
          const otherId = key.direction === 'out' ? e.toId : e.fromId;
          return {
            nodeId: key.id,
            type: e.type,
            direction: key.direction,
            fromId: e.fromId,
            toId: e.toId,
            edgeProps: e.props,
            otherLabel: NODES[otherId]!.label,
            otherProps: NODES[otherId]!.props,
          };
        }),
      );
    }
    if (name === 'nodes/status-reports-about') {
      return (params.ids as string[]).flatMap((id) => (REPORTS[id] ?? []).map((props) => ({ id, props })));
    }
    throw new Error(`unexpected query ${name}`);
  }
}

describe('per-request DataLoaders batch their reads', () => {
  it('loads of nodes in one tick go to Neo4j as one query, deduplicated, answered in key order with null for an unknown id', async () => {
    const reader = new RecordingReader();
    const { node } = createLoaders(reader);
    const answers = await Promise.all(['state:MEX', 'state:XXX', 'state:DEU', 'state:MEX'].map((id) => node.load(id)));
    expect(reader.calls).toEqual([{ name: 'nodes/by-ids', params: { ids: ['state:MEX', 'state:XXX', 'state:DEU'] } }]);
    expect(answers.map((n) => n?.name ?? null)).toEqual(['Mexico', null, 'Germany', 'Mexico']);
  });

  it('edge loads of several nodes, types and directions are one query, and the nodes at their other ends cost no further read', async () => {
    const reader = new RecordingReader();
    const { node, edges } = createLoaders(reader);
    const [mexicoOut, icrmwIn, germanyOut] = await Promise.all([
      edges.load({ id: 'state:MEX', type: 'RATIFIED', direction: 'out' }),
      edges.load({ id: 'instrument:icrmw', type: 'RATIFIED', direction: 'in' }),
      edges.load({ id: 'state:DEU', type: 'RATIFIED', direction: 'out' }),
    ]);
    expect(reader.calls.map((c) => c.name)).toEqual(['edges/by-node']);
    expect((reader.calls[0]!.params.keys as unknown[]).length).toBe(3);
    expect(mexicoOut.map((e) => e.toId)).toEqual(['instrument:icrmw']);
    expect(icrmwIn.map((e) => e.fromId)).toEqual(['state:MEX']);
    expect(germanyOut).toEqual([]); // no edge recorded: an empty list, not an error

    const primed = await Promise.all([node.load('instrument:icrmw'), node.load('state:MEX')]);
    expect(primed.map((n) => n?.name)).toEqual(['ICRMW', 'Mexico']);
    expect(reader.calls.length).toBe(1);
  });

  it('status reports of several nodes are one query; a node without reports gets an empty list', async () => {
    const reader = new RecordingReader();
    const { statusReports } = createLoaders(reader);
    const [icrmw, mexico] = await Promise.all([statusReports.load('instrument:icrmw'), statusReports.load('state:MEX')]);
    expect(reader.calls).toEqual([{ name: 'nodes/status-reports-about', params: { ids: ['instrument:icrmw', 'state:MEX'] } }]);
    expect(icrmw.map((r) => r.id)).toEqual(['report:1']);
    expect(mexico).toEqual([]);
  });

  it('each request gets fresh loaders: nothing is cached across requests', async () => {
    const reader = new RecordingReader();
    await createLoaders(reader).node.load('state:MEX');
    await createLoaders(reader).node.load('state:MEX');
    expect(reader.calls.length).toBe(2);
  });
});
