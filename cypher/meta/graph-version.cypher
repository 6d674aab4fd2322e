// The current graph version, read at the start of each cached query (src/graphql/result-cache.ts).
// No row before the first write: nothing is cached until then.
MATCH (v:GraphVersion {id: 'graph'})
RETURN v.epoch AS epoch, v.version AS version
