/**
 * Limits that refuse an expensive operation before any database work, each with the code
 * QUERY_TOO_COMPLEX, HTTP 400, and a message naming the limit (its environment variable) and the
 * measured value. In the order they apply:
 *
 * 1. tokens: graphql-js stops parsing after `maxTokens` (Apollo's parseOptions). It must come
 *    first: graphql's own validation rules are slow on huge documents (1,000 aliases of
 *    monitoringBodies: ~0.5 s; 20,000 aliased __typename: ~1 s), so such documents are refused
 *    before they are validated.
 * 2. depth, aliases (graphql-armor's rules, which visit each fragment once) and fields
 *    (field-count.ts): validation rules, linear in the document, fragment bombs included.
 * 3. estimated cost (query-cost.ts) with the request's variables, once the operation is known.
 */
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type ASTNode,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { countFields } from './field-count.js';
import { estimateFieldCost } from './query-cost.js';
import { ErrorCode } from '../errors/codes.js';

export interface QueryLimits {
  /** Lexical tokens in the query text. */
  maxTokens: number;
  /** Fields nested in one another (fragments add no level). */
  maxDepth: number;
  /** Fields asked under another name (`a: monitoringBodies(...)`); each alias can be one more traversal. */
  maxAliases: number;
  /** Fields selected, every fragment counted at each spread. */
  maxFields: number;
  /** Estimated cost (query-cost.ts). */
  maxCost: number;
}

/**
 * Defaults, each well above what the explorer, the tests, the benchmark's query mix, the docs'
 * examples and GraphiQL's introspection query need (docs/api.md lists the measured values), and
 * well below what was seen to stall the server.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxTokens: 5000,
  maxDepth: 12,
  maxAliases: 30,
  maxFields: 1000,
  maxCost: 3000,
};

/** The environment variable of each limit (src/config.ts), named in every refusal. */
export const QUERY_LIMIT_VARIABLES: Record<keyof QueryLimits, string> = {
  maxTokens: 'QUERY_MAX_TOKENS',
  maxDepth: 'QUERY_MAX_DEPTH',
  maxAliases: 'QUERY_MAX_ALIASES',
  maxFields: 'QUERY_MAX_FIELDS',
  maxCost: 'QUERY_MAX_COST',
};

function refusal(limit: keyof QueryLimits, what: string, actual: number, max: number, nodes?: ASTNode): GraphQLError {
  const variable = QUERY_LIMIT_VARIABLES[limit];
  return new GraphQLError(`${what}; the limit is ${max} (${variable})`, {
    nodes,
    extensions: { code: ErrorCode.QueryTooComplex, limit: variable, max, actual, http: { status: 400 } },
  });
}

const subject = (name: string | undefined) => (name ? `Operation "${name}"` : 'The query');

/**
 * A graphql-armor rule used as a meter: with no limit of its own it reports what it measured
 * (onAccept), and we refuse with our code and message.
 */
function measuredBy(
  armorRule: (
    options: { n: number; onAccept: ((ctx: ValidationContext | null, details: { n: number }) => void)[] } & Record<string, unknown>,
  ) => ValidationRule,
  options: Record<string, unknown>,
  refuse: (context: ValidationContext, measured: number) => void,
): ValidationRule {
  return (context) => armorRule({ ...options, n: Number.POSITIVE_INFINITY, onAccept: [(_ctx, { n }) => refuse(context, n)] })(context);
}

/** Validation rules for depth, aliases and fields. */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  // The operation being measured: armor's callbacks do not say which one.
  let current: { name?: string; node?: ASTNode } = {};
  const track: ValidationRule = () => ({ OperationDefinition: (node) => void (current = { name: node.name?.value, node }) });
  // `as never`: armor types its visitors as classes, not as graphql's ASTVisitor; they are visitors.
  const depth = measuredBy(maxDepthRule as never, { flattenFragments: true, ignoreIntrospection: true }, (context, measured) => {
    if (measured > limits.maxDepth)
      context.reportError(refusal('maxDepth', `${subject(current.name)} is ${measured} levels deep`, measured, limits.maxDepth, current.node));
  });
  const aliases = measuredBy(maxAliasesRule as never, { allowList: [] }, (context, measured) => {
    if (measured > limits.maxAliases)
      context.reportError(refusal('maxAliases', `${subject(current.name)} uses ${measured} aliases`, measured, limits.maxAliases, current.node));
  });
  const fields: ValidationRule = (context): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const memo = new Map<string, number>();
    return {
      OperationDefinition(operation) {
        const measured = countFields(operation.selectionSet, fragments, memo);
        if (measured > limits.maxFields) {
          context.reportError(
            refusal(
              'maxFields',
              `${subject(operation.name?.value)} selects ${measured} fields (fragments counted at every spread)`,
              measured,
              limits.maxFields,
              operation,
            ),
          );
        }
      },
    };
  };
  return [track, depth, aliases, fields];
}

/**
 * Refuses an operation whose estimated cost is over the limit. Called first in
 * didResolveOperation (src/server.ts), before the API-key lookup, so a refusal costs no database work.
 */
export function checkQueryCost(request: GraphQLRequestContextDidResolveOperation<object>, limits: QueryLimits, known?: KnownCosts): void {
  const key = known && costKey(request);
  let cost = key === undefined ? undefined : known!.get(request.document)?.get(key);
  if (cost === undefined) {
    cost = estimateCost(request, limits);
    if (key !== undefined) remember(known!, request.document, key, cost);
  }
  if (cost > limits.maxCost) {
    throw refusal('maxCost', `${subject(request.operationName ?? undefined)} has an estimated cost of ${cost}`, cost, limits.maxCost, request.operation);
  }
}

/**
 * Costs already estimated, per parsed document, then per operation name and variables: Apollo's
 * document store hands back the same parsed document for the same query text, so a query asked
 * again with the same variables (an application's few queries, a dashboard's refresh) is not
 * walked again. Only estimates are kept; a refusal is always decided on the limits of the call.
 */
export type KnownCosts = WeakMap<DocumentNode, Map<string, number>>;

/** Estimates kept per document (the oldest goes first); variables longer than this are not kept. */
const COSTS_PER_DOCUMENT = 64;
const MAX_KEY_CHARS = 2_000;

function costKey(request: GraphQLRequestContextDidResolveOperation<object>): string | undefined {
  const key = `${request.operationName ?? ''}\u0000${JSON.stringify(request.request.variables ?? {})}`;
  return key.length <= MAX_KEY_CHARS ? key : undefined;
}

function remember(known: KnownCosts, document: DocumentNode, key: string, cost: number): void {
  let costs = known.get(document);
  if (!costs) known.set(document, (costs = new Map()));
  if (costs.size >= COSTS_PER_DOCUMENT) costs.delete(costs.keys().next().value!);
  costs.set(key, cost);
}

function estimateCost(request: GraphQLRequestContextDidResolveOperation<object>, limits: QueryLimits): number {
  try {
    return getComplexity({
      schema: request.schema,
      query: request.document,
      operationName: request.operationName ?? undefined,
      variables: request.request.variables ?? {},
      estimators: [estimateFieldCost],
      // Already bounded by maxFields (validation); this only guards against a change in that order.
      maxQueryNodes: limits.maxFields * 2 + 10,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (message.startsWith('Query exceeds the maximum allowed number of nodes')) {
      throw refusal(
        'maxFields',
        `${subject(request.operationName ?? undefined)} selects more than ${limits.maxFields * 2 + 10} fields`,
        limits.maxFields * 2 + 11,
        limits.maxFields,
        request.operation,
      );
    }
    // Variables that do not fit their types: the same message graphql's execution would give,
    // with the code and status Apollo gives it (execution would refuse them before any resolver).
    throw new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, http: { status: 400 } } });
  }
}

// graphql-js 16 spells it "more that"; accept both.
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/**
 * Gives refusals of the limits their code back: Apollo reports a parse abort as
 * GRAPHQL_PARSE_FAILED and overwrites the code of every validation error with
 * GRAPHQL_VALIDATION_FAILED.
 */
export function queryLimitsPlugin(): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const original = error.originalError as GraphQLError | undefined;
            if (original?.extensions?.code === ErrorCode.QueryTooComplex) {
              error.extensions.code = ErrorCode.QueryTooComplex;
              continue;
            }
            const tokens = TOKEN_LIMIT_MESSAGE.exec(error.message);
            if (tokens && error.extensions.code === 'GRAPHQL_PARSE_FAILED') {
              const max = Number(tokens[1]);
              // Parsing stops at the limit, so "more than" is all that was measured.
              error.message = `The query has more than ${max} tokens; the limit is ${max} (${QUERY_LIMIT_VARIABLES.maxTokens})`;
              Object.assign(error.extensions, { code: ErrorCode.QueryTooComplex, limit: QUERY_LIMIT_VARIABLES.maxTokens, max });
            }
          }
        },
      };
    },
  };
}
