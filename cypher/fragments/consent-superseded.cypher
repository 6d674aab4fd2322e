// The supersession rule as a boolean expression: the recorded consent r (a RATIFIED of state to
// instrument) is superseded, and does not count, when a participant table of the instrument
// supersedes it (fragments/superseding-table). In: state, r and instrument.
EXISTS { (src:Source)-[c:COVERS]->(instrument) WHERE @include(superseding-table) }
