/**
 * The per-State status volume of a graph (issue 15): how many status edges (RATIFIED, SIGNED) it
 * holds per State and per (State × instrument with status data), and how many data sets tell
 * each instrument's status. Measured on the loaded graph by cypher/bench/status-volume.cypher, and
 * here on validated seed-format entries (the curated seed, without a database) for comparison.
 */
export interface StatusVolume {
  states: number;
  statusEdges: number;
  ratified: number;
  signed: number;
  /** Instruments with at least one status edge. */
  instrumentsWithStatus: number;
  /** (State, instrument) pairs with at least one status edge. */
  pairsWithStatus: number;
  covers: number;
  coveredInstruments: number;
}

export function statusVolumeOf(nodes: readonly { label: string }[], relationships: readonly { type: string; from: string; to: string }[]): StatusVolume {
  const status = relationships.filter((r) => r.type === 'RATIFIED' || r.type === 'SIGNED');
  const covers = relationships.filter((r) => r.type === 'COVERS' && r.to.startsWith('instrument:'));
  return {
    states: nodes.filter((n) => n.label === 'State').length,
    statusEdges: status.length,
    ratified: status.filter((r) => r.type === 'RATIFIED').length,
    signed: status.filter((r) => r.type === 'SIGNED').length,
    instrumentsWithStatus: new Set(status.map((r) => r.to)).size,
    pairsWithStatus: new Set(status.map((r) => `${r.from}|${r.to}`)).size,
    covers: covers.length,
    coveredInstruments: new Set(covers.map((r) => r.to)).size,
  };
}

export const statusRatios = (v: StatusVolume) => ({
  perState: v.statusEdges / v.states,
  /** Status edges per cell of the States × instruments-with-status matrix. */
  perStateInstrument: v.statusEdges / (v.states * v.instrumentsWithStatus),
  /** Records per (State, instrument) pair that has any: several data sets, signature and consent. */
  perPair: v.statusEdges / v.pairsWithStatus,
  dataSetsPerInstrument: v.covers / Math.max(1, v.coveredInstruments),
});
