// Ratification status of one instrument, optionally as of a date. Several data sets may record the
// same State's consent; one is chosen per State by a documented precedence (docs/model.md): the
// most precise date first (day over month over year), then the later data set (asOf). The others
// stay in the graph; a State whose records give incompatible dates is listed as a disagreement.
// A record is superseded (not used) when a complete participant table of a later date, in force
// on the date asked (or today, without $asOf), covers the State and records no consent of it:
// e.g. a 2022 "party" the 2026 table no longer lists (a denunciation, or an error in 2022).
// Dates are partial ISO strings ("2010", "2010-06", "2010-06-30"), each read as the period it
// names: the chosen consent counts as of $asOf only when its whole period ends on or before the
// end of $asOf's period; one whose period straddles that end is "uncertain"; one with no date
// cannot be placed in time. Without $asOf every recorded party counts.
// States with no recorded consent are "known not party" only when a complete participant table
// (COVERS) covers them; otherwise they are unknown (never counted as not party).
// $asOfs is a list of dates (an element null: today), one result row each in the same order:
// ratificationStatus asks for one; partiesOverTime sends null and gets every year end of its range
// (below), so both apply exactly this rule. $details
// false leaves out the party and disagreement lists (only their counts and data sets are needed).
// The id is checked here too (one round-trip): idProblem when no node has $instrument or it is no
// Instrument; then no row of counts comes. Every row carries the instrument, the counts the
// documents report (StatusReport, newest first: fragments/status-reports-newest-first), the coverage (COVERS) and the data sets named
// (dataSources, whole), so the caller loads nothing more; one row of nulls (asOf index null) stands
// for "no year to count".
// $asOfs null (partiesOverTime): one row per year end from $from to $to; a missing end defaults to
// the span of the instrument's per-State data (the first year of a recorded consent or signature,
// the latest year a data set holds for: its COVERS or, for partial lists, its records' asOf),
// returned as fromYear/toYear; no year is counted when the range is reversed or longer than
// $maxYears (the caller refuses it).
WITH [{argument: 'instrument', id: $instrument, expected: ['Instrument']}] AS idChecks
@include(check-ids)
WITH idProblem, CASE WHEN idProblem IS NULL THEN askedNodes[0] END AS instrument
OPTIONAL CALL (instrument) {
  WITH instrument WHERE instrument IS NOT NULL AND $asOfs IS NULL AND ($from IS NULL OR $to IS NULL)
  OPTIONAL MATCH (:State)-[act:RATIFIED|SIGNED]->(instrument)
  WITH instrument,
    min(toInteger(left(act.date, 4))) AS firstActYear,
    max(toInteger(left(coalesce(act.asOfLatest, act.asOf), 4))) AS lastRecordYear
  OPTIONAL MATCH (:Source)-[c:COVERS]->(instrument)
  WITH firstActYear, lastRecordYear, max(toInteger(left(coalesce(c.asOfLatest, c.asOf), 4))) AS lastCoverageYear
  RETURN firstActYear,
    CASE WHEN lastCoverageYear IS NULL OR lastRecordYear > lastCoverageYear THEN lastRecordYear ELSE lastCoverageYear END AS lastDataYear
}
WITH idProblem, instrument, coalesce($from, firstActYear, $to, lastDataYear) AS fromYear, lastDataYear
WITH idProblem, instrument, fromYear, coalesce($to, lastDataYear, fromYear) AS toYear
WITH idProblem, instrument, fromYear, toYear,
  CASE WHEN instrument IS NULL THEN []
       WHEN $asOfs IS NOT NULL THEN $asOfs
       WHEN fromYear IS NULL OR toYear IS NULL OR fromYear > toYear OR toYear - fromYear + 1 > $maxYears THEN []
       ELSE [y IN range(fromYear, toYear) | toString(y)] END AS asOfs
OPTIONAL CALL (instrument, asOfs) {
  UNWIND range(0, size(asOfs) - 1) AS asOfIndex
  WITH instrument, asOfIndex, asOfs[asOfIndex] AS asOf
  WITH instrument, asOfIndex, asOf,
    CASE size(asOf) WHEN 4 THEN asOf + '-12-31' WHEN 7 THEN asOf + '-31' ELSE asOf END AS asOfEnd
  OPTIONAL MATCH (state:State)-[r:RATIFIED]->(instrument)
  WITH instrument, asOfIndex, asOf, asOfEnd, state, r,
    EXISTS { (src:Source)-[c:COVERS]->(instrument)
      WHERE c.complete AND c.asOf > coalesce(r.asOf, '') AND (asOfEnd IS NULL OR c.asOf <= asOfEnd)
        AND (c.participants = 'all' OR state.unMember) AND NOT state.id IN coalesce(c.excludes, [])
        AND NOT EXISTS { (state)-[r2:RATIFIED]->(instrument) WHERE src.id IN r2.citeSources } } AS superseded
  ORDER BY state.id, superseded,
    CASE r.datePrecision WHEN 'day' THEN 3 WHEN 'month' THEN 2 WHEN 'year' THEN 1 ELSE 0 END DESC,
    coalesce(r.asOf, '') DESC, r.id
  WITH instrument, asOfIndex, asOf, asOfEnd, state, collect(r) AS records, [x IN collect(CASE WHEN NOT superseded THEN r END) WHERE x IS NOT NULL] AS current
  WITH instrument, asOfIndex, asOf, asOfEnd, state, records, current[0] AS r,
    // Records disagree when one is superseded or their dates differ at the precision both have.
    size(current) < size(records) OR size([x IN records WHERE x.date IS NOT NULL AND records[0].date IS NOT NULL AND
      left(x.date, size(CASE WHEN size(x.date) < size(records[0].date) THEN x.date ELSE records[0].date END))
      <> left(records[0].date, size(CASE WHEN size(x.date) < size(records[0].date) THEN x.date ELSE records[0].date END))]) > 0 AS disagree
  WITH instrument, asOfIndex, asOf, asOfEnd, state, records, r, disagree,
    CASE WHEN r.date IS NULL THEN null
         ELSE CASE size(r.date) WHEN 4 THEN r.date + '-12-31' WHEN 7 THEN r.date + '-31' ELSE r.date END END AS latest,
    CASE WHEN r.date IS NULL THEN null
         ELSE CASE size(r.date) WHEN 4 THEN r.date + '-01-01' WHEN 7 THEN r.date + '-01' ELSE r.date END END AS earliest
  WITH instrument, asOfIndex, asOf, asOfEnd, state, records, r, disagree,
    CASE
      WHEN r IS NULL THEN null
      WHEN asOfEnd IS NULL THEN 'party'
      WHEN r.date IS NULL THEN 'undated'
      WHEN latest <= asOfEnd THEN 'party'
      WHEN earliest <= asOfEnd THEN 'uncertain'
      ELSE 'later' END AS standing
  ORDER BY state.name
  WITH instrument, asOfIndex, asOf, asOfEnd,
    collect(CASE WHEN standing = 'party' THEN state.id END) AS partyIds,
    collect(CASE WHEN standing = 'party' THEN r.citeSources END) AS partySources,
    collect(CASE WHEN standing = 'party' AND $details THEN {type: 'RATIFIED', from: state.id, to: instrument.id, props: properties(r),
      other: {label: 'State', props: properties(state)}} END) AS parties,
    count(CASE WHEN r IS NOT NULL AND r.date IS NULL THEN 1 END) AS undatedPartyCount,
    count(CASE WHEN standing = 'uncertain' THEN 1 END) AS uncertainPartyCount,
    collect(CASE WHEN standing IN ['party', 'uncertain', 'undated'] THEN state.id END) AS notSignedOnly,
    collect(CASE WHEN standing = 'later' THEN state.id END) AS laterIds,
    collect(CASE WHEN standing IN ['uncertain', 'undated'] THEN state.id END) AS unplacedIds,
    collect(CASE WHEN disagree AND $details THEN {stateId: state.id, state: {label: 'State', props: properties(state)},
      records: [x IN records | {type: 'RATIFIED', from: state.id, to: instrument.id, props: properties(x)}]} END) AS disagreements
  OPTIONAL MATCH (signer:State)-[s:SIGNED]->(instrument)
  WHERE NOT signer.id IN notSignedOnly
    // An undated signature cannot be placed in time: it counts only without $asOf.
    AND (asOfEnd IS NULL OR (s.date IS NOT NULL AND
      CASE size(s.date) WHEN 4 THEN s.date + '-12-31' WHEN 7 THEN s.date + '-31' ELSE s.date END <= asOfEnd))
  WITH instrument, asOfIndex, asOf, parties, partyIds, partySources, undatedPartyCount, uncertainPartyCount, laterIds, unplacedIds, disagreements,
    count(DISTINCT signer) AS signedOnlyCount, collect(DISTINCT signer.id) AS signedOnlyIds
  // Every other State (no consent on or before $asOf, not signed only) is known not party — its
  // recorded consent is later, or a complete participant table covers it — or unknown.
  CALL (instrument, partyIds, laterIds, unplacedIds, signedOnlyIds) {
    MATCH (state:State)
    WHERE NOT state.id IN partyIds AND NOT state.id IN unplacedIds AND NOT state.id IN signedOnlyIds
    WITH state, state.id IN laterIds OR EXISTS { (:Source)-[c:COVERS]->(instrument)
      WHERE c.complete AND (c.participants = 'all' OR state.unMember) AND NOT state.id IN coalesce(c.excludes, []) } AS known
    RETURN count(CASE WHEN known THEN 1 END) AS knownNotPartyCount, count(CASE WHEN NOT known THEN 1 END) AS unknownCount
  }
  WITH asOfIndex, asOf, parties, size(partyIds) AS partyCount, undatedPartyCount,
    uncertainPartyCount, signedOnlyCount, knownNotPartyCount, unknownCount, disagreements,
    // The documents the counted ratifications are cited to, each once, in order of first use.
    reduce(ids = [], sources IN partySources | ids + [s IN coalesce(sources, []) WHERE NOT s IN ids]) AS dataSourceIds
  RETURN asOfIndex, asOf, parties, partyCount, undatedPartyCount, uncertainPartyCount, signedOnlyCount,
    knownNotPartyCount, unknownCount, disagreements, dataSourceIds,
    COLLECT { UNWIND range(0, size(dataSourceIds) - 1) AS i
              MATCH (source:Entity {id: dataSourceIds[i]})
              WITH i, source ORDER BY i
              RETURN {label: [l IN labels(source) WHERE l <> 'Entity'][0], props: properties(source)} } AS dataSources
  ORDER BY asOfIndex
}
WITH *, instrument.id AS reportsAbout
RETURN idProblem, properties(instrument) AS instrumentProps, instrument.id AS instrumentId,
  CASE WHEN $asOfs IS NULL THEN fromYear END AS fromYear, CASE WHEN $asOfs IS NULL THEN toYear END AS toYear,
  @include(status-reports-newest-first) AS reportedCounts,
  [(source:Source)-[c:COVERS]->(instrument) | {type: 'COVERS', from: source.id, to: instrument.id, props: properties(c)}] AS coverage,
  asOfIndex, asOf, parties, partyCount, undatedPartyCount, uncertainPartyCount, signedOnlyCount,
  knownNotPartyCount, unknownCount, disagreements, dataSourceIds, dataSources
ORDER BY asOfIndex
