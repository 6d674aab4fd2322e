import type { QueryResolvers, ResolversTypes } from '../generated/graphql.js';
import type { CitationView, Props } from '../graph/views.js';
import { nodeOfRow } from './rows.js';
import { requireNode } from './require-node.js';

interface EvidenceRow {
  type: string;
  from: string;
  to: string;
  sources: string[] | null;
  locators: string[] | null;
  quotes: string[] | null;
}

export const monitoringBodiesQuery: QueryResolvers['monitoringBodies'] = async (_parent, args, ctx) => {
  await Promise.all([
    requireNode(ctx, 'right', args.right, 'Right'),
    requireNode(ctx, 'category', args.category, 'MigrantCategory'),
    args.state ? requireNode(ctx, 'state', args.state, 'State') : null,
  ]);
  const rows = await ctx.db.read('analyst/monitoring-bodies', { right: args.right, category: args.category, state: args.state ?? null });
  return rows.map(
    (r): ResolversTypes['MonitoringAnswer'] => ({
      monitorId: String(r.id),
      monitorName: String(r.name),
      monitorLabel: String(r.label),
      monitor: nodeOfRow(ctx, { label: String(r.label), props: r.monitorProps as Props }),
      instrument: r.instrumentProps ? nodeOfRow(ctx, { label: 'Instrument', props: r.instrumentProps as Props }) : null,
      basis: r.basis === 'treaty' ? 'TREATY' : 'MANDATE',
      instrumentId: (r.instrumentId as string | null) ?? null,
      articles: (r.articles as string[] | null) ?? null,
      monitoringKind: (r.monitoringKind as string | null) ?? null,
      categoryPath: r.categoryPath as string[],
      evidence: (r.evidence as EvidenceRow[]).map((e) => ({
        type: e.type,
        from: e.from,
        to: e.to,
        citations: (e.sources ?? []).map(
          (sourceId, i): CitationView => ({
            sourceId,
            locator: e.locators?.[i] ?? '',
            quote: e.quotes?.[i] || null,
          }),
        ),
      })),
    }),
  );
};
