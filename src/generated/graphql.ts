import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** Where a fact comes from: a cited document and the place in it that says so. */
export type Citation = {
  __typename?: 'Citation';
  /** Paragraph, box, footnote or section in the document */
  locator: Scalars['String']['output'];
  /** Short verbatim quote, when the curator kept one */
  quote: Maybe<Scalars['String']['output']>;
  /** Id of the cited Source node, e.g. source:ohchr-2013 */
  sourceId: Scalars['ID']['output'];
  /** Title of the cited document */
  sourceTitle: Maybe<Scalars['String']['output']>;
};

/** One relationship on the way from the question to the answer, with its citations. */
export type EvidenceStep = {
  __typename?: 'EvidenceStep';
  citations: Array<Citation>;
  from: Scalars['ID']['output'];
  to: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

/** Facts about the running service and its database, read from Neo4j on every request. */
export type Meta = {
  __typename?: 'Meta';
  /** community or enterprise */
  neo4jEdition: Scalars['String']['output'];
  /** Neo4j version reported by dbms.components(), e.g. 5.26.30 */
  neo4jVersion: Scalars['String']['output'];
  /** All nodes in the database */
  nodeCount: Scalars['Int']['output'];
  /** All relationships in the database */
  relationshipCount: Scalars['Int']['output'];
  /** Highest applied schema migration (cypher/migrations) */
  schemaVersion: Maybe<Scalars['Int']['output']>;
};

export type MonitoringAnswer = {
  __typename?: 'MonitoringAnswer';
  /** Articles of the instrument that guarantee the right, where sourced */
  articles: Maybe<Array<Scalars['String']['output']>>;
  basis: MonitoringBasis;
  /** From the asked category up to the category the instrument or mandate covers */
  categoryPath: Array<Scalars['ID']['output']>;
  evidence: Array<EvidenceStep>;
  /** The instrument monitored (TREATY answers) */
  instrumentId: Maybe<Scalars['ID']['output']>;
  /** The monitoring body or agency */
  monitorId: Scalars['ID']['output'];
  /** Body or Organization */
  monitorLabel: Scalars['String']['output'];
  monitorName: Scalars['String']['output'];
  /** Kind of monitoring (treaty-body, supervisory, ...) or of mandate (protection, ...) */
  monitoringKind: Maybe<Scalars['String']['output']>;
};

export type MonitoringBasis =
  /** An agency or mechanism whose mandate covers the category (or a broader one) or the right */
  | 'MANDATE'
  /** A body that monitors an instrument which guarantees the right and protects the category */
  | 'TREATY';

export type Query = {
  __typename?: 'Query';
  meta: Meta;
  /**
   * Which bodies monitor a right for a migrant category, and why. With state, treaty answers are
   * limited to instruments that State is recorded as party to (only the UN core treaties carry
   * per-State data; see docs/model.md).
   */
  monitoringBodies: Array<MonitoringAnswer>;
};


export type QueryMonitoringBodiesArgs = {
  category: Scalars['ID']['input'];
  right: Scalars['ID']['input'];
  state?: InputMaybe<Scalars['ID']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Citation: ResolverTypeWrapper<Citation>;
  EvidenceStep: ResolverTypeWrapper<EvidenceStep>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Meta: ResolverTypeWrapper<Meta>;
  MonitoringAnswer: ResolverTypeWrapper<MonitoringAnswer>;
  MonitoringBasis: MonitoringBasis;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  Citation: Citation;
  EvidenceStep: EvidenceStep;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Meta: Meta;
  MonitoringAnswer: MonitoringAnswer;
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
};

export type CitationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  locator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sourceTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EvidenceStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvidenceStep'] = ResolversParentTypes['EvidenceStep']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MetaResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Meta'] = ResolversParentTypes['Meta']> = {
  neo4jEdition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neo4jVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationshipCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schemaVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type MonitoringAnswerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MonitoringAnswer'] = ResolversParentTypes['MonitoringAnswer']> = {
  articles?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['MonitoringBasis'], ParentType, ContextType>;
  categoryPath?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['EvidenceStep']>, ParentType, ContextType>;
  instrumentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  monitorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  monitorLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  monitorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  monitoringKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  meta?: Resolver<ResolversTypes['Meta'], ParentType, ContextType>;
  monitoringBodies?: Resolver<Array<ResolversTypes['MonitoringAnswer']>, ParentType, ContextType, RequireFields<QueryMonitoringBodiesArgs, 'category' | 'right'>>;
};

export type Resolvers<ContextType = RequestContext> = {
  Citation?: CitationResolvers<ContextType>;
  EvidenceStep?: EvidenceStepResolvers<ContextType>;
  Meta?: MetaResolvers<ContextType>;
  MonitoringAnswer?: MonitoringAnswerResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

