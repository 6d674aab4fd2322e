import { afterAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../src/db/migrations.js';
import { testDatabase } from '../support/database.js';

const db = testDatabase();
afterAll(() => db.close());

describe('schema migrations', () => {
  it('are recorded and not applied twice', async () => {
    expect(await migrate(db)).toEqual([]);
    const rows = await db.read('meta/applied-migrations');
    expect(rows.map((r) => r.version)).toEqual(readMigrations().map((m) => m.version));
  });

  it('create a uniqueness constraint on id for every node label', async () => {
    const rows = await db.readText(
      "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties",
    );
    const labels = rows.filter((r) => (r.properties as string[])[0] === 'id').map((r) => r.label);
    for (const label of ['Entity', 'State', 'Instrument', 'Organization', 'Body', 'RCP', 'Forum', 'MigrantCategory', 'Right', 'Source', 'StatusReport']) {
      expect(labels).toContain(label);
    }
  });

  it('create the full-text index over names, acronyms and aliases, folding accents', async () => {
    const rows = await db.readText(
      "SHOW FULLTEXT INDEXES YIELD name, properties, state, options WHERE name = 'entity_names' RETURN properties, state, options.indexConfig['fulltext.analyzer'] AS analyzer",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.properties).toEqual(['name', 'acronym', 'aliasText', 'iloNumber']);
    expect(rows[0]!.state).toBe('ONLINE');
    expect(rows[0]!.analyzer).toBe('standard-folding');
  });
});
