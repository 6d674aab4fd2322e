/**
 * Which of several records of the same State's consent (or signature) an answer uses, when data
 * sets disagree (docs/model.md, "Precedence"): the most precise date first (day over month over
 * year over none), then the later data set (asOf). The others stay in the graph with their sources.
 * cypher/analyst/ratification-status.cypher applies the same order in Cypher.
 */
import type { EdgeView } from './views.js';

const PRECISION_RANK: Record<string, number> = { DAY: 3, MONTH: 2, YEAR: 1 };

function rank(edge: EdgeView): [number, string] {
  const precision = edge.props.datePrecision;
  return [typeof precision === 'string' ? (PRECISION_RANK[precision] ?? 0) : edge.props.date ? 1 : 0, String(edge.props.asOf ?? '')];
}

/** The records in precedence order (first = the one answers use). */
export function byPrecedence(edges: EdgeView[]): EdgeView[] {
  return [...edges].sort((a, b) => {
    const [pa, da] = rank(a);
    const [pb, db] = rank(b);
    return pb - pa || db.localeCompare(da) || a.id.localeCompare(b.id);
  });
}
