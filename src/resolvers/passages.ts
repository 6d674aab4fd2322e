/** passages(text, first): full-text search over the cited texts, each passage with the facts citing it. */
import type { QueryResolvers, ResolversTypes } from '../generated/graphql.js';
import { citationsPointingAt, type CitingRow, type PassageRef } from '../graph/citing-facts.js';
import { fulltextQueryOf } from './search-text.js';
import { checkPageSize } from './pagination.js';

type PassageAnswer = Awaited<ResolversTypes['Passage']>;
type CitationAnswer = PassageAnswer['citedBy'][number];

interface EdgeRow extends CitingRow {
  type: string;
  from: string;
  to: string;
}
interface NodeRow extends CitingRow {
  id: string;
}

function citedBy(passage: PassageRef, edges: EdgeRow[], nodes: NodeRow[]): CitationAnswer[] {
  const out: CitationAnswer[] = [];
  for (const n of nodes) {
    for (const c of citationsPointingAt(passage, n))
      out.push({ nodeId: n.id, relationshipType: null, fromId: null, toId: null, locator: c.locator, quote: c.quote });
  }
  for (const e of edges) {
    for (const c of citationsPointingAt(passage, e)) {
      out.push({
        nodeId: null,
        relationshipType: e.type as CitationAnswer['relationshipType'],
        fromId: e.from,
        toId: e.to,
        locator: c.locator,
        quote: c.quote,
      });
    }
  }
  return out;
}

export const passagesQuery: QueryResolvers['passages'] = async (_parent, args, ctx) => {
  const first = checkPageSize('first', args.first, 10);
  const query = fulltextQueryOf(args.text);
  const rows = await ctx.db.read('search/passages', { query, first });
  return Promise.all(
    rows.map(async (row): Promise<PassageAnswer> => {
      const passage: PassageRef = {
        sourceId: row.sourceId,
        locator: row.locator,
        article: row.article,
        text: row.text,
      };
      const source = await ctx.loaders.node.load(passage.sourceId);
      if (!source) throw new Error(`passage ${row.id} names a source that is not in the graph: ${passage.sourceId}`);
      return {
        id: row.id,
        source,
        locator: passage.locator,
        text: passage.text,
        score: row.score,
        citedBy: citedBy(passage, row.edges, row.nodes),
      };
    }),
  );
};
