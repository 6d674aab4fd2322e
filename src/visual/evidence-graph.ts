/**
 * The evidence of a monitoringBodies answer as a graph. Built from the same answers the analyst
 * API returns (monitoringEvidence: the flagship's rule, in the statement that also reads the
 * nodes, so one round-trip), so the two cannot disagree: the nodes are the right, the category,
 * every monitor and every end of every evidence step; the edges are the evidence steps themselves.
 */
import type { RequestContext } from '../context.js';
import { monitoringEvidence, type MonitoringQuestion } from '../analysis/monitoring-answers.js';
import { GraphBuilder, type GraphView } from './graph-view.js';

export interface EvidenceAnswerIds {
  monitorId: string;
  basis: 'TREATY' | 'MANDATE';
  instrumentId: string | null;
  edgeIds: string[];
}

export async function monitoringEvidenceGraph(ctx: RequestContext, args: MonitoringQuestion): Promise<{ graph: GraphView; answers: EvidenceAnswerIds[] }> {
  const { answers, nodes } = await monitoringEvidence(ctx, args);
  const builder = new GraphBuilder();
  for (const node of nodes) builder.addNode(node);
  for (const a of answers) a.evidenceEdges.forEach((e) => builder.addEdge(e));
  return {
    graph: builder.build(),
    answers: answers.map((a) => ({ monitorId: a.monitorId, basis: a.basis, instrumentId: a.instrumentId ?? null, edgeIds: a.evidenceEdges.map((e) => e.id) })),
  };
}
