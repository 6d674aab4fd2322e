/**
 * Saved example queries, opened as GraphiQL's first tabs and offered in the picker.
 * Copied from README.md and docs/queries.md; tests/integration/graphiql.int.test.ts runs each one
 * against the seeded graph, so an example that stops working fails the suite.
 */
export interface Example {
  title: string;
  query: string;
}

export const EXAMPLES: Example[] = [
  {
    title: 'Who monitors non-refoulement for refugees, and why',
    query: `# The flagship question: which bodies monitor this right for this category, on what basis,
# with the evidence path and its citations.
query MonitoringBodies {
  monitoringBodies(right: "right:non-refoulement", category: "category:refugees") {
    monitorId basis instrumentId articles categoryPath
    evidence { type from to citations { sourceTitle locator quote } }
  }
}
`,
  },
  {
    title: "France's protection profile for migrant workers",
    query: `# Instruments covering the category that France is party to, those it is not recorded as
# party to, and those with no per-State data (unknown is not "no").
query ProtectionProfile {
  protectionProfile(state: "state:FRA", category: "category:migrant-workers") {
    covered { instrument { acronym } categoryPath ratification { date sources { locator } }
              rights { right { name } articles } monitors { monitor { name } kind } }
    missing { instrument { acronym } signature { date } }
    unknown { instrument { name } }
  }
}
`,
  },
  {
    title: 'Ratification status of the ICRMW as of mid-2003',
    query: `# Parties as of a date, with the counts the source documents themselves report.
query RatificationStatus {
  ratificationStatus(instrument: "instrument:icrmw", asOf: "2003-06-30") {
    partyCount signedOnlyCount undatedPartyCount uncertainPartyCount
    parties { state { name } date sources { locator } }
    dataSources { title date } reportedCounts { name value asOf sources { locator } }
  }
}
`,
  },
];
