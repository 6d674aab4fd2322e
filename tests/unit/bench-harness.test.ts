/**
 * The benchmark's pure parts: @neo4j/graphql's @cypher statements are our analyst statements
 * verbatim (so the comparison asks the same Cypher), its SDL gets every placeholder filled, and
 * the command line rejects what it cannot run, naming it.
 */
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../bench/options.js';
import { neo4jGraphqlTypeDefs } from '../../bench/systems/neo4j-graphql.js';
import { cypher } from '../../src/db/query-registry.js';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('@neo4j/graphql statements', () => {
  for (const [wrapper, original] of [
    ['bench/neo4j-graphql/monitoring-bodies', 'analyst/monitoring-bodies'],
    ['bench/neo4j-graphql/protection-profile', 'analyst/protection-profile'],
    ['bench/neo4j-graphql/search', 'search/fulltext'],
  ]) {
    it(`${wrapper} runs ${original} unchanged`, () => {
      expect(squash(cypher(wrapper!))).toContain(squash(cypher(original!)));
    });
  }

  it('the SDL has every {{name}} replaced by its statement', () => {
    const sdl = neo4jGraphqlTypeDefs();
    expect(sdl).not.toMatch(/"\{\{/);
    expect(sdl).toContain(JSON.stringify(cypher('bench/neo4j-graphql/search')));
  });
});

describe('bench options', () => {
  it('defaults to the curated seed and the 10k and 100k scales', () => {
    expect(parseOptions([])).toEqual({ scales: ['seed', '10k', '100k'], concurrency: 8, seconds: 6, rounds: 3, renderOnly: false });
  });

  it('takes all three scales and the load settings', () => {
    expect(parseOptions(['--scales', '10k,100k,1M', '--concurrency', '4', '--seconds', '10'])).toMatchObject({
      scales: ['10k', '100k', '1m'],
      concurrency: 4,
      seconds: 10,
    });
  });

  it('can only rebuild the doc', () => {
    expect(parseOptions(['--render-only']).renderOnly).toBe(true);
  });

  it('names a wrong value', () => {
    expect(() => parseOptions(['--scales', '10k,2m'])).toThrow('--scales takes a list of seed, 10k, 100k, 1m, got "10k,2m"');
    expect(() => parseOptions(['--concurrency', '0'])).toThrow('--concurrency must be a whole number from 1 to 64, got "0"');
    expect(() => parseOptions(['--fast'])).toThrow('unknown option "--fast"');
  });
});
