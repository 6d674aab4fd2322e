// The graph version (src/db/graph-version.ts): one node that every write transaction advances,
// so a cached read answer can be keyed by it. Unique id, so concurrent first writes MERGE one node.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
