// States matching every given filter (null = not filtered), sorted by $sortField (an allow-listed
// property name), one page ($offset, $limit) plus the total number of matches.
// notPartyTo keeps only States *known* not to be party: no recorded consent, and a data set declares
// a complete participant table of the instrument that covers the State (COVERS: every participant,
// or UN Members only; minus rows it could not read). A State no data covers is unknown, not listed.
// A recorded consent counts unless superseded: a complete table of a later date covers the State
// and records no consent of it (docs/model.md, "Precedence"; fragments/consent-superseded, which
// reads state, r and instrument, hence the WITH that names them in notPartyTo's test).
// partyTo starts from the instrument: its consents and the complete tables that cover it are read
// once, and only the States with a consent are looked at (instead of every State's own consents);
// both branches of the UNION are cheap when their parameter rules them out. The supersession test
// is the fragment's, on lists (null-safe, as EXISTS is): a State is party when one of its
// consents is not superseded by a complete table dated later than it that covers the State and
// cites none of its consents; unknown UN membership (unMember null) counts as not a UN Member.
CALL () {
  WITH $partyTo IS NULL AS everyState WHERE everyState
  MATCH (n:State) RETURN n
  UNION ALL
  MATCH (i:Instrument {id: $partyTo})
  WITH i, [(src:Source)-[c:COVERS]->(i) WHERE c.complete
    | {source: src.id, asOf: c.asOf, all: coalesce(c.participants = 'all', false), excludes: coalesce(c.excludes, [])}] AS tables
  MATCH (i)<-[r:RATIFIED]-(n:State)
  WITH n, tables, collect({asOf: coalesce(r.asOf, ''), sources: coalesce(r.citeSources, [])}) AS consents
  WHERE any(r IN consents WHERE NOT any(c IN tables
    WHERE coalesce(c.asOf > r.asOf, false) AND (c.all OR coalesce(n.unMember, false)) AND NOT n.id IN c.excludes
      AND NOT any(r2 IN consents WHERE c.source IN r2.sources)))
  RETURN n
}
WITH n
WHERE ($region IS NULL OR n.region = $region)
  AND ($subregion IS NULL OR n.subregion = $subregion)
  AND ($unStatus IS NULL OR n.unStatus = $unStatus)
  AND ($notPartyTo IS NULL OR (NOT EXISTS { MATCH (n)-[r:RATIFIED]->(i:Instrument {id: $notPartyTo})
      WITH n AS state, r, i AS instrument WHERE NOT @include(consent-superseded) }
    AND EXISTS { (:Source)-[c:COVERS]->(:Instrument {id: $notPartyTo})
      WHERE c.complete AND (c.participants = 'all' OR n.unMember) AND NOT n.id IN coalesce(c.excludes, []) }))
  AND ($signatoryTo IS NULL OR EXISTS { (n)-[:SIGNED]->(:Instrument {id: $signatoryTo}) })
  // memberOf: member, founder, chair or observer; not a meeting attended, a governance seat, a
  // candidacy, nor a year run that ended before its data set's last year (COW IGO: past membership).
  AND ($memberOf IS NULL OR EXISTS { (n)-[m:MEMBER_OF]->(:Entity {id: $memberOf})
    WHERE m.role IN ['member', 'founder', 'chair', 'observer'] AND NOT coalesce(m.lastYear < toInteger(left(m.asOf, 4)), false) })
WITH n, n[$sortField] AS sortKey ORDER BY
  sortKey IS NULL,
  CASE WHEN $descending THEN null ELSE sortKey END ASC,
  CASE WHEN $descending THEN sortKey END DESC,
  n.id
WITH collect(n) AS matches
RETURN size(matches) AS totalCount, [n IN matches[$offset..($offset + $limit)] | properties(n)] AS page
