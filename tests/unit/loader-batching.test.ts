/**
 * DataLoader batching, proven without a database: the loaders run against a recording fake of
 * our own QueryReader interface (not of the driver), which answers from a small table and keeps
 * every call, so each test can say how many round-trips a burst of loads costs and with what.
 */
import { describe, expect, it } from 'vitest';
import type { QueryReader } from '../../src/db/database.js';
import type { ParamsArg, ParamsOf, QueryName, RowOf } from '../../src/db/queries/index.js';
import { createLoaders } from '../../src/loaders/index.js';

const NODES: Record<string, { label: string; props: Record<string, unknown> }> = {
  'state:MEX': { label: 'State', props: { id: 'state:MEX', name: 'Mexico' } },
  'state:DEU': { label: 'State', props: { id: 'state:DEU', name: 'Germany' } },
  'instrument:icrmw': { label: 'Instrument', props: { id: 'instrument:icrmw', name: 'ICRMW' } },
};
const EDGES = [{ type: 'RATIFIED', fromId: 'state:MEX', toId: 'instrument:icrmw', props: { id: 'edge:1' } }];
const REPORTS: Record<string, Record<string, unknown>[]> = { 'instrument:icrmw': [{ id: 'report:1', name: '46 parties' }] };

type Call = { name: string; params: unknown };

/** The three queries the loaders send, each answered from the tables above with its registry types. */
const ANSWERS: { [N in 'nodes/by-ids' | 'edges/by-node' | 'nodes/status-reports-about']: (params: ParamsOf<N>) => RowOf<N>[] } = {
  'nodes/by-ids': ({ ids }) => ids.filter((id) => NODES[id]).map((id) => ({ id, label: NODES[id]!.label, props: NODES[id]!.props })),
  'edges/by-node': ({ keys }) =>
    keys.flatMap((key) =>
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
    ),
  'nodes/status-reports-about': ({ ids }) => ids.flatMap((id) => (REPORTS[id] ?? []).map((props) => ({ id, props }))),
};

/** Answers the loaders' queries from ANSWERS and records each call. */
class RecordingReader implements QueryReader {
  readonly calls: Call[] = [];

  async read<N extends QueryName>(name: N, ...[params]: ParamsArg<N>): Promise<RowOf<N>[]> {
    this.calls.push({ name, params });
    const answer = (ANSWERS as Record<string, ((params: unknown) => unknown[]) | undefined>)[name];
    if (!answer) throw new Error(`unexpected query ${name}`);
    // The table is typed per name above; TypeScript cannot follow the lookup by a generic name.
    return answer(params) as RowOf<N>[];
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
    expect((reader.calls[0]!.params as { keys: unknown[] }).keys).toHaveLength(3);
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
