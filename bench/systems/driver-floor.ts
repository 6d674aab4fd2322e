/**
 * The floor: the very statements our API sent for a request (recorded from it, same text, same
 * parameters, same order), run directly through the driver, each in its own managed read
 * transaction as our executor does, records left as the driver returns them. What our API adds
 * on top of this is GraphQL parsing, validation, resolvers, loaders and value conversion.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Question, Vars } from '../questions.js';
import type { Statement } from './our-api.js';
import type { System } from './system.js';

export function startDriverFloor(uri: string, auth: { user?: string; password?: string }, recorded: Map<string, Statement[][]>): System {
  const driver: Driver = neo4j.driver(uri, auth.password ? neo4j.auth.basic(auth.user ?? 'neo4j', auth.password) : undefined, {
    maxConnectionPoolSize: 50,
  });
  let runs = 0;
  return {
    name: 'driver floor',
    async ask(question: Question, _sample: Vars, sampleIndex: number) {
      const statements = recorded.get(question.key)?.[sampleIndex];
      if (!statements) throw new Error(`no recorded statements for ${question.key} #${sampleIndex}`);
      let records = 0;
      for (const s of statements) {
        runs += 1;
        const session = driver.session({ defaultAccessMode: neo4j.session.READ });
        try {
          const result = await session.executeRead((tx) => tx.run(s.text, s.params));
          records += result.records.length;
        } finally {
          await session.close();
        }
      }
      return records;
    },
    roundTrips: () => runs,
    close: () => driver.close(),
  };
}
