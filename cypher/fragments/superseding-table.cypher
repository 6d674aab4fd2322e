// The supersession rule (docs/model.md, "Precedence") as a condition on one participant table:
// the COVERS edge c of the data set src supersedes the recorded consent r (a RATIFIED of state to
// instrument) when the table is complete, of a later date than r, covers the State (every
// participant, or UN Members only; minus the rows it could not read) and records no consent of it
// (cites none of the State's RATIFIED records of the instrument). In: src, c, state, r, instrument.
(c.complete AND c.asOf > coalesce(r.asOf, '') AND (c.participants = 'all' OR state.unMember)
  AND NOT state.id IN coalesce(c.excludes, []) AND NOT EXISTS { (state)-[r2:RATIFIED]->(instrument) WHERE src.id IN r2.citeSources })
