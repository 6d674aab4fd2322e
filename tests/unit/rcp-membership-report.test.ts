/** docs/rcp-membership-report.md is what the membership loader reports for the seed as it stands (issue 13). */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRcpMembershipReport, RCP_MEMBERSHIP_REPORT_FILE } from '../../src/seed/membership/build-rcp-report.js';
import { checkSeed } from '../../src/seed/load-seed.js';
import { NOT_REVIEWED } from '../../src/seed/membership/participant-names.js';

describe('membership loader report', () => {
  const report = buildRcpMembershipReport();
  const { rcpMembership: membership } = checkSeed();

  it('is current (regenerate with npm run membership-report)', () => {
    expect(fs.readFileSync(RCP_MEMBERSHIP_REPORT_FILE, 'utf8')).toBe(report);
  });

  it('reports every row it did not load, each with a reviewed reason, and no unreviewed name', () => {
    const notLoaded = membership.rows.filter((r) => !r.participantId || !r.processId || !r.role);
    expect(notLoaded.length).toBe(membership.issues.filter((i) => !i.reason.startsWith('since') && !i.reason.startsWith('until')).length);
    for (const row of notLoaded) expect(report).toContain(`| ${row.file}:${row.line} |`);
    expect(membership.issues.map((i) => i.reason)).not.toContain(NOT_REVIEWED);
    for (const name of ['Kosovo*', 'Hong Kong (SAR of China)', 'all European Union Member States']) expect(report).toContain(`| ${name} |`);
  });

  it('names as the pages write them reach their State: "Estados Unidos", "New Zeland", "Surinam", "bahrain", "Казахстану"', () => {
    const idOf = (name: string) => membership.rows.find((r) => r.participant === name)?.participantId;
    expect(idOf('Estados Unidos')).toBe('state:USA');
    expect(idOf('New Zeland')).toBe('state:NZL');
    expect(idOf('Surinam')).toBe('state:SUR');
    expect(idOf('bahrain')).toBe('state:BHR');
    expect(idOf('Казахстану')).toBe('state:KAZ');
  });
});
