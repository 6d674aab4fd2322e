/**
 * The flagship use case: which bodies monitor a right for a category of migrant (optionally in
 * a State), and why. The GraphQL field monitoringBodies and the evidence graph
 * (src/visual/evidence-graph.ts) ask it through two statements that include the same rule
 * (cypher/fragments/monitoring-answers) and build the same answer views, so they cannot disagree.
 */
import type { RequestContext } from '../context.js';
import type { MonitoringAnswerRow } from '../db/queries/index.js';
import { citationsOf, toEdgeView, type CitationView, type EdgeView, type NodeView } from '../graph/views.js';
import { nodeOfRow } from './rows.js';
import { answeredRows } from './require-node.js';

export interface MonitoringQuestion {
  right: string;
  category: string;
  state?: string | null;
}

export interface EvidenceStepView {
  type: string;
  from: string;
  to: string;
  citations: CitationView[];
}

/**
 * An answer as the analyst API returns it (MonitoringAnswer), plus its evidence as edge views
 * (for the evidence graph). The scalar fields are the row's own values; the node, edge and
 * citation objects are built on first read, so a query that does not select them (the common
 * case: ids, names and evidence steps) never pays for them.
 */
export class MonitoringAnswerView {
  readonly monitorId: string;
  readonly monitorName: string;
  readonly monitorLabel: string;
  readonly basis: 'TREATY' | 'MANDATE';
  readonly instrumentId: string | null;
  readonly articles: string[] | null;
  readonly monitoringKind: string | null;
  readonly categoryPath: string[];
  private built?: { monitor?: NodeView; instrument?: NodeView | null; evidenceEdges?: EdgeView[]; evidence?: EvidenceStepView[] };

  constructor(
    private readonly ctx: RequestContext,
    private readonly row: MonitoringAnswerRow,
  ) {
    this.monitorId = row.id;
    this.monitorName = row.name;
    this.monitorLabel = row.label;
    this.basis = row.basis === 'treaty' ? 'TREATY' : 'MANDATE';
    this.instrumentId = row.instrumentId;
    this.articles = row.articles;
    this.monitoringKind = row.monitoringKind;
    this.categoryPath = row.categoryPath;
  }

  private get cache() {
    return (this.built ??= {});
  }

  get monitor(): NodeView {
    return (this.cache.monitor ??= nodeOfRow(this.ctx, { label: this.row.label, props: this.row.monitorProps }));
  }

  get instrument(): NodeView | null {
    const props = this.row.instrumentProps;
    return (this.cache.instrument ??= props ? nodeOfRow(this.ctx, { label: 'Instrument', props }) : null);
  }

  get evidenceEdges(): EdgeView[] {
    return (this.cache.evidenceEdges ??= this.row.evidence.map((e) => toEdgeView(e.type, e.from, e.to, e.props)));
  }

  /** Steps read their citations from the row's parallel lists: no edge view needed. */
  get evidence(): EvidenceStepView[] {
    return (this.cache.evidence ??= this.row.evidence.map((e) => ({ type: e.type, from: e.from, to: e.to, citations: citationsOf(e.props) })));
  }
}

/**
 * The flagship question (monitoringBodies): one statement (cypher/analyst/monitoring-bodies.cypher)
 * that also checks the ids, so an unknown right, category or State is NOT_FOUND without a second
 * round-trip.
 */
export async function monitoringAnswers(ctx: RequestContext, args: MonitoringQuestion): Promise<MonitoringAnswerView[]> {
  const rows = await ctx.db.read('analyst/monitoring-bodies', questionParams(args));
  const answers: MonitoringAnswerView[] = [];
  for (const row of answeredRows(rows, 'id')) answers.push(new MonitoringAnswerView(ctx, row));
  return answers;
}

/**
 * The flagship's answers and the nodes of their evidence graph (the right, the category, then per
 * answer the monitor and every end of every evidence step; each once, first named first), in one
 * statement (cypher/analyst/monitoring-evidence-graph.cypher) with the same rule, ids check and
 * answer order as monitoringAnswers. The nodes prime the node loader, as loading them through it did.
 */
export async function monitoringEvidence(ctx: RequestContext, args: MonitoringQuestion): Promise<{ answers: MonitoringAnswerView[]; nodes: NodeView[] }> {
  const rows = await ctx.db.read('analyst/monitoring-evidence-graph', questionParams(args));
  const answers = answeredRows(rows, 'id').map((row) => new MonitoringAnswerView(ctx, row));
  // Each row names its own part of the graph; the right and the category are on every row.
  const nodes = new Map<string, NodeView>();
  for (const row of rows) {
    for (const node of row.nodes) {
      const id = String(node.props.id);
      if (!nodes.has(id)) nodes.set(id, nodeOfRow(ctx, node));
    }
  }
  return { answers, nodes: [...nodes.values()] };
}

function questionParams(args: MonitoringQuestion) {
  return { right: args.right, category: args.category, state: args.state ?? null };
}
