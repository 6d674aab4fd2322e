/**
 * A cap on how many relationships one response may hold. Depth alone does not bound an
 * answer (State → ratifications → instrument → parties → state → ... multiplies by ~150
 * per hop), so every relationship list spends from a per-request budget. Once it is spent,
 * lists come back empty (so execution stops fanning out) and the server replaces the whole
 * response with one RESULT_TOO_LARGE error (src/server.ts): never a silently cut answer.
 */
export const MAX_RESULT_RELATIONSHIPS = 25_000;

export class ResultBudget {
  private spent = 0;
  constructor(readonly limit: number = MAX_RESULT_RELATIONSHIPS) {}

  get exceeded(): boolean {
    return this.spent > this.limit;
  }

  /** Counts the items against the budget; returns them, or [] once the budget is exceeded. */
  admit<T>(items: T[]): T[] {
    this.spent += items.length;
    return this.exceeded ? [] : items;
  }
}
