/** docs/status-data-report.md is what the loader reports for the seed as it stands (issue 12). */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStatusDataReport, STATUS_REPORT_FILE } from '../../src/seed/status/build-report.js';

describe('treaty-status loader report', () => {
  const report = buildStatusDataReport();

  it('is current (regenerate with npm run status-report)', () => {
    expect(fs.readFileSync(STATUS_REPORT_FILE, 'utf8')).toBe(report);
  });

  it('lists the 2022 rows that carry the signature year, e.g. the ICERD for the USA, the UK, Mexico and Brazil', () => {
    const section = report.slice(report.indexOf('### 2022 year = signature year'), report.indexOf('### 2022 year differs otherwise'));
    for (const state of ['state:USA', 'state:GBR', 'state:MEX', 'state:BRA'])
      expect(section).toMatch(new RegExp(`\\| ${state} \\| instrument:icerd \\| [^|]+: 1966 \\|`));
    expect(section).toContain('| state:ZAF | instrument:iccpr |');
  });

  it('reports every participant name that is not loaded as a State, with its reason', () => {
    for (const name of ['German Democratic Republic', 'Czechoslovakia', 'European Union']) expect(report).toContain(`| ${name} |`);
    expect(report).not.toContain('name matches no State');
  });
});
