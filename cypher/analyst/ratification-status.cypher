// Ratification status of one instrument, optionally as of a date. Dates are partial ISO strings
// ("2010", "2010-06", "2010-06-30"), so each is read as the period it names: a ratification counts
// as of $asOf only when its whole period ends on or before the end of $asOf's period; one whose
// period straddles that end (a "2010" ratification asked as of 2010-06-30) is "uncertain", and one
// with no date cannot be placed in time. Without $asOf every recorded party counts.
MATCH (instrument:Instrument {id: $instrument})
WITH instrument,
  CASE size($asOf) WHEN 4 THEN $asOf + '-12-31' WHEN 7 THEN $asOf + '-31' ELSE $asOf END AS asOfEnd
OPTIONAL MATCH (state:State)-[r:RATIFIED]->(instrument)
WITH instrument, asOfEnd, state, r,
  CASE WHEN r.date IS NULL THEN null
       ELSE CASE size(r.date) WHEN 4 THEN r.date + '-12-31' WHEN 7 THEN r.date + '-31' ELSE r.date END END AS latest,
  CASE WHEN r.date IS NULL THEN null
       ELSE CASE size(r.date) WHEN 4 THEN r.date + '-01-01' WHEN 7 THEN r.date + '-01' ELSE r.date END END AS earliest
WITH instrument, asOfEnd, state, r,
  CASE
    WHEN r IS NULL THEN null
    WHEN asOfEnd IS NULL THEN 'party'
    WHEN r.date IS NULL THEN 'undated'
    WHEN latest <= asOfEnd THEN 'party'
    WHEN earliest <= asOfEnd THEN 'uncertain'
    ELSE 'later' END AS standing
ORDER BY state.name
WITH instrument, asOfEnd,
  collect(CASE WHEN standing = 'party' THEN {type: 'RATIFIED', from: state.id, to: instrument.id, props: properties(r),
    other: {label: 'State', props: properties(state)}} END) AS parties,
  count(CASE WHEN r IS NOT NULL AND r.date IS NULL THEN 1 END) AS undatedPartyCount,
  count(CASE WHEN standing = 'uncertain' THEN 1 END) AS uncertainPartyCount,
  collect(CASE WHEN standing IN ['party', 'uncertain', 'undated'] THEN state.id END) AS notSignedOnly
OPTIONAL MATCH (signer:State)-[s:SIGNED]->(instrument)
WHERE NOT signer.id IN notSignedOnly
  // An undated signature cannot be placed in time: it counts only without $asOf.
  AND (asOfEnd IS NULL OR (s.date IS NOT NULL AND
    CASE size(s.date) WHEN 4 THEN s.date + '-12-31' WHEN 7 THEN s.date + '-31' ELSE s.date END <= asOfEnd))
WITH instrument, parties, undatedPartyCount, uncertainPartyCount, count(DISTINCT signer) AS signedOnlyCount
RETURN instrument.id AS instrumentId, parties, size(parties) AS partyCount, undatedPartyCount,
  uncertainPartyCount, signedOnlyCount,
  // The documents the counted ratifications are cited to, each once, in order of first use.
  reduce(ids = [], p IN parties | ids + [s IN coalesce(p.props.citeSources, []) WHERE NOT s IN ids]) AS dataSourceIds
