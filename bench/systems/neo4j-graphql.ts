/**
 * @neo4j/graphql 7 over the same database, in-process like our API: its schema is built from
 * bench/neo4j-graphql/type-defs.graphql, whose @cypher statements are the cypher/ files named
 * in {{...}}. Statements are counted through a counting driver.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../../src/db/query-registry.js';
import type { Question, Vars } from '../questions.js';
import { countingDriver } from './counting-driver.js';
import type { System } from './system.js';

const typeDefsFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '../neo4j-graphql/type-defs.graphql');

/** The SDL with each {{name}} replaced by cypher/<name>.cypher as a GraphQL string. */
export function neo4jGraphqlTypeDefs(): string {
  return fs.readFileSync(typeDefsFile, 'utf8').replace(/"\{\{([\w/-]+)\}\}"/g, (_m, name: string) => JSON.stringify(cypher(name)));
}

/** `wrap`: a proxy around its driver (bench/profile-nested.ts notes the statements it generates). */
export async function startNeo4jGraphql(
  uri: string,
  auth: { user?: string; password?: string },
  wrap: (driver: Driver) => Driver = (driver) => driver,
): Promise<System> {
  const raw = neo4j.driver(uri, auth.password ? neo4j.auth.basic(auth.user ?? 'neo4j', auth.password) : undefined, { maxConnectionPoolSize: 50 });
  const counting = countingDriver(wrap(raw));
  const neoSchema = new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs(), driver: counting.driver });
  const apollo = new ApolloServer({ schema: await neoSchema.getSchema() });
  await apollo.start();
  return {
    name: '@neo4j/graphql',
    async ask(question: Question, sample: Vars) {
      const response = await apollo.executeOperation(
        { query: question.neo4jGraphql.query, variables: question.neo4jGraphql.vars(sample) },
        { contextValue: {} },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      if (errors) throw new Error(`@neo4j/graphql, ${question.key}: ${JSON.stringify(errors)}`);
      return question.neo4jGraphql.size(data);
    },
    roundTrips: counting.count,
    async close() {
      await apollo.stop();
      await raw.close();
    },
  };
}
