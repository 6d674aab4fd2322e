/**
 * The evidence of a monitoringBodies answer as a graph. Built from the very answers the analyst
 * API returns (monitoringAnswers), so the two cannot disagree: the nodes are the right, the
 * category and every end of every evidence step; the edges are the evidence steps themselves.
 */
import type { RequestContext } from '../context.js';
import { monitoringAnswers, type MonitoringQuestion } from '../analysis/monitoring-answers.js';
import { GraphBuilder, type GraphView } from './graph-view.js';
import { loadNodes } from './load-graph.js';

export interface EvidenceAnswerIds {
  monitorId: string;
  basis: 'TREATY' | 'MANDATE';
  instrumentId: string | null;
  edgeIds: string[];
}

export async function monitoringEvidenceGraph(ctx: RequestContext, args: MonitoringQuestion): Promise<{ graph: GraphView; answers: EvidenceAnswerIds[] }> {
  const answers = await monitoringAnswers(ctx, args);
  const ids = new Set<string>([args.right, args.category]);
  for (const a of answers) {
    ids.add(a.monitorId);
    for (const e of a.evidenceEdges) ids.add(e.fromId).add(e.toId);
  }
  const builder = new GraphBuilder();
  for (const node of await loadNodes(ctx, [...ids])) builder.addNode(node);
  for (const a of answers) a.evidenceEdges.forEach((e) => builder.addEdge(e));
  return {
    graph: builder.build(),
    answers: answers.map((a) => ({ monitorId: a.monitorId, basis: a.basis, instrumentId: a.instrumentId ?? null, edgeIds: a.evidenceEdges.map((e) => e.id) })),
  };
}
