// A Source's passages, removed before its changed text is cut again or when the Source is
// deleted (src/curation/source-passages.ts), so no stale passage is checked against.
MATCH (p:Passage {sourceId: $sourceId})
DETACH DELETE p
RETURN count(*) AS count
