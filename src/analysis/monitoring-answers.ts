/**
 * The flagship use case: which bodies monitor a right for a category of migrant (optionally in
 * a State), and why. The GraphQL field monitoringBodies and the evidence graph
 * (src/visual/evidence-graph.ts) both call it, so they cannot disagree.
 */
import type { RequestContext } from '../context.js';
import { citationsOf, toEdgeView, type CitationView, type EdgeView, type NodeView } from '../graph/views.js';
import { nodeOfRow } from './rows.js';
import { requireNode } from './require-node.js';

export interface MonitoringQuestion {
  right: string;
  category: string;
  state?: string | null;
}

/** An answer as the analyst API returns it (MonitoringAnswer), plus its evidence as edge views (for the evidence graph). */
export interface MonitoringAnswerView {
  monitorId: string;
  monitorName: string;
  monitorLabel: string;
  monitor: NodeView;
  instrument: NodeView | null;
  basis: 'TREATY' | 'MANDATE';
  instrumentId: string | null;
  articles: string[] | null;
  monitoringKind: string | null;
  categoryPath: string[];
  evidence: Array<{ type: string; from: string; to: string; citations: CitationView[] }>;
  evidenceEdges: EdgeView[];
}

/**
 * The flagship question, shared by monitoringBodies and monitoringEvidenceGraph so both give
 * the same answers: checks the ids, runs cypher/analyst/monitoring-bodies.cypher once.
 */
export async function monitoringAnswers(ctx: RequestContext, args: MonitoringQuestion): Promise<MonitoringAnswerView[]> {
  await Promise.all([
    requireNode(ctx, 'right', args.right, 'Right'),
    requireNode(ctx, 'category', args.category, 'MigrantCategory'),
    args.state ? requireNode(ctx, 'state', args.state, 'State') : null,
  ]);
  const rows = await ctx.db.read('analyst/monitoring-bodies', { right: args.right, category: args.category, state: args.state ?? null });
  return rows.map((r): MonitoringAnswerView => {
    const evidenceEdges = r.evidence.map((e) => toEdgeView(e.type, e.from, e.to, e.props));
    return {
      monitorId: r.id,
      monitorName: r.name,
      monitorLabel: r.label,
      monitor: nodeOfRow(ctx, { label: r.label, props: r.monitorProps }),
      instrument: r.instrumentProps ? nodeOfRow(ctx, { label: 'Instrument', props: r.instrumentProps }) : null,
      basis: r.basis === 'treaty' ? 'TREATY' : 'MANDATE',
      instrumentId: r.instrumentId,
      articles: r.articles,
      monitoringKind: r.monitoringKind,
      categoryPath: r.categoryPath,
      evidence: evidenceEdges.map((e) => ({ type: e.type, from: e.fromId, to: e.toId, citations: citationsOf(e.props) })),
      evidenceEdges,
    };
  });
}
