/**
 * The five UN regional groups from the PyPI package worldcountrygroups 0.5.0
 * (seed/un-regional-groups/, MIT): each group is a Forum of type group (seed/nodes/
 * un-regional-groups.yaml), each listed country a MEMBER_OF edge (role member, basis listed, no
 * date: the package gives none). Countries are matched by ISO3 code; where the code is empty (the
 * Democratic Republic of the Congo, Venezuela) by name, and the report says so. Each file lists a
 * whole group, so it declares complete coverage of that group (no as-of date is given: the
 * package's release date stands in, and the note says so).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { NameMatch } from '../status/state-names.js';
import { skippedFor, type StatusData } from '../status/status-data.js';

export const REGIONAL_GROUPS_SOURCE = 'source:worldcountrygroups-0.5.0';
export const REGIONAL_GROUPS_KEY = 'worldcountrygroups';
const DIR = 'un-regional-groups';
/** The package release the files come from (seed/un-regional-groups/README.md) */
const PACKAGE_DATE = '2026-03';
export const REGIONAL_GROUP_FILES: Record<string, string> = {
  'ag.json': 'forum:un-african-group',
  'ap.json': 'forum:un-asia-pacific-group',
  'eeg.json': 'forum:un-eastern-european-group',
  'grulac.json': 'forum:un-latin-american-caribbean-group',
  'weog.json': 'forum:un-western-european-others-group',
};

/** A country matched by its name because its ISO code is empty: listed in the report. */
export interface MatchedByName {
  file: string;
  name: string;
  stateId: string;
}

/**
 * Listed but described by the package as an observer, not a member: the United States in WEOG
 * ("Additionally, the United States states acts as an observer, as it is not formally part of any
 * regional group"). Recorded with role observer, so gapAnalysis does not count it as a member.
 */
const OBSERVERS: Record<string, string[]> = { 'weog.json': ['USA'] };

interface GroupFile {
  name: string;
  description: string;
  countries: { name: string; iso2: string; iso3: string }[];
}

export function readRegionalGroups(seedDir: string, stateIds: Set<string>, matchName: (name: string) => NameMatch): StatusData & { byName: MatchedByName[] } {
  const data: StatusData & { byName: MatchedByName[] } = { entries: [], skipped: [], values: [], byName: [] };
  const dir = path.join(seedDir, DIR);
  if (!fs.existsSync(dir)) return data;
  for (const [file, groupId] of Object.entries(REGIONAL_GROUP_FILES)) {
    const relFile = `${DIR}/${file}`;
    const group = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as GroupFile;
    group.countries.forEach((country, index) => {
      let stateId: string | undefined = country.iso3 ? `state:${country.iso3}` : undefined;
      if (!stateId) {
        const match = matchName(country.name);
        if (match.kind !== 'state') return void data.skipped.push(skippedFor(match, relFile, index + 1, country.name));
        stateId = match.stateId;
        data.byName.push({ file: relFile, name: country.name, stateId });
      }
      if (!stateIds.has(stateId)) return void data.skipped.push({ file: relFile, line: index + 1, name: country.name, reason: `no State ${stateId}` });
      const observer = OBSERVERS[file]?.includes(country.iso3) ?? false;
      const locator = `worldcountrygroups/data/groups/${file}, countries[${index}] (${country.name})`;
      const quote = observer ? /[^.]*observer[^.]*\./.exec(group.description)?.[0]?.trim() : undefined;
      data.entries.push({
        file: relFile,
        index,
        data: {
          type: 'MEMBER_OF', from: stateId, to: groupId, key: REGIONAL_GROUPS_KEY, role: observer ? 'observer' : 'member', basis: 'listed',
          citations: [{ source: REGIONAL_GROUPS_SOURCE, locator: observer ? `${locator}; description` : locator, ...(quote ? { quote } : {}) }],
        },
      });
    });
    data.entries.push({
      file: relFile,
      index: 0,
      data: {
        type: 'COVERS', from: REGIONAL_GROUPS_SOURCE, to: groupId, complete: true, participants: 'all', asOf: PACKAGE_DATE,
        note: `the package lists the whole ${group.name}; it gives no as-of date (asOf is the release month of version 0.5.0, 2026-03)`,
        citations: [{ source: REGIONAL_GROUPS_SOURCE, locator: `worldcountrygroups/data/groups/${file}` }],
      },
    });
  }
  return data;
}
