/** The membership part of docs/status-data-report.md: every key and name not loaded, and the COW/UNTC disagreements (issue 12). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { projectRoot } from '../../src/db/embedded/launcher-paths.js';
import { buildStatusDataReport } from '../../src/seed/status/build-report.js';
import { readTable } from '../../src/seed/status/read-table.js';

const report = buildStatusDataReport();
const membership = report.slice(report.indexOf('# Membership data: loader report'));
const cowDir = path.join(projectRoot, 'seed', 'cow-igo');
const keyTable = YAML.parse(fs.readFileSync(path.join(cowDir, 'cow-states.yaml'), 'utf8')) as {
  states: Record<string, string>;
  notAttributed: Record<string, string>;
};
const cowKeys = new Set(readTable(path.join(cowDir, 'cow_igo_v3_IOM_UN_ILO_memberships_long.csv')).map((r) => r.cells.cow_state!));

describe('membership loader report', () => {
  it('every COW key is either matched by the reviewed table or reported with its rows', () => {
    const unreviewed = [...cowKeys].filter((k) => !(k in keyTable.states) && !(k in keyTable.notAttributed));
    expect(unreviewed).toEqual([]);
    for (const key of Object.keys(keyTable.notAttributed)) {
      expect(cowKeys.has(key), key).toBe(true);
      expect(membership).toMatch(new RegExp(`\\| ${key} \\((UN|ILO|IOMig), \\d+ rows\\) \\| not attributed: `));
    }
    expect(membership).not.toContain('matches no State');
  });

  it('names the regional-group rows matched by name (empty ISO codes) and the two-group and observer cases', () => {
    expect(membership).toContain('| un-regional-groups/ag.json | Congo, Dem. Rep. | state:COD |');
    expect(membership).toMatch(/\| un-regional-groups\/grulac.json \| Venezuela[^|]* \| state:VEN \|/);
    expect(membership).toContain('| state:TUR | forum:un-asia-pacific-group, forum:un-western-european-others-group |');
    expect(membership).toContain('| state:USA | forum:un-western-european-others-group (observer) |');
  });

  it("lists where COW's first UN year and the UN date disagree, keeping both (West Germany from 1965, admitted 1973)", () => {
    const section = membership.slice(membership.indexOf('### First COW year differs'), membership.indexOf('### More than one COW run'));
    expect(section).toContain('| state:DEU | un-membership/1-2.csv:47: admission 1973-09-18 | 1965-1989, 1990-2014 |');
  });
});
