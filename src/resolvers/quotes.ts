/**
 * citedPassage and checkQuote: the write validator's quote check (src/curation/quote-check.ts)
 * asked ahead of a write, so the curation form can show the passage and highlight the quote.
 * The source must be a Source node (NOT_FOUND / BAD_USER_INPUT naming the argument otherwise).
 */
import type { QueryResolvers } from '../generated/graphql.js';
import { requireNode } from '../analysis/require-node.js';
import { checkCitation } from '../curation/quote-check.js';

export const citedPassageQuery: QueryResolvers['citedPassage'] = async (_parent, args, ctx) => {
  await requireNode(ctx, 'source', args.source, 'Source');
  const verdict = await ctx.db.readTx((tx) => checkCitation(ctx.db, tx, args.source, args.locator, null));
  // A whole-document search names no one passage: only a locator that names one answers.
  return verdict.scope === 'passage' ? verdict.passage : null;
};

export const checkQuoteQuery: QueryResolvers['checkQuote'] = async (_parent, args, ctx) => {
  await requireNode(ctx, 'source', args.source, 'Source');
  const verdict = await ctx.db.readTx((tx) => checkCitation(ctx.db, tx, args.source, args.locator, args.quote));
  return {
    source: args.source,
    locator: args.locator,
    passage: verdict.passage,
    found: verdict.found,
    matchStart: verdict.matchStart,
    matchEnd: verdict.matchEnd,
    problem: verdict.problem,
  };
};

/** A Source's passages in order, so the form can show what a new Source's text was cut into. */
export const sourcePassagesQuery: QueryResolvers['sourcePassages'] = async (_parent, args, ctx) => {
  await requireNode(ctx, 'source', args.source, 'Source');
  const rows = await ctx.db.readTx((tx) => ctx.db.run(tx, 'curation/source-passages', { sourceIds: [args.source] }));
  return rows.map((r) => ({ locator: r.locator, article: r.article, text: r.text }));
};
