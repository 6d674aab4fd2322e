// API keys (stored as the SHA-256 of their secret) and the audit trail of curation writes.
// Neither carries the Entity label, so they never appear in entity counts, lists or search.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT api_key_hash IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.hash IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE;
// The audit queries filter by the node a change touched, by curator and by time.
CREATE INDEX change_target IF NOT EXISTS FOR (c:Change) ON (c.targetId);
CREATE INDEX change_from IF NOT EXISTS FOR (c:Change) ON (c.fromId);
CREATE INDEX change_to IF NOT EXISTS FOR (c:Change) ON (c.toId);
CREATE INDEX change_curator IF NOT EXISTS FOR (c:Change) ON (c.curatorId);
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at);
CREATE INDEX change_revert_of IF NOT EXISTS FOR (c:Change) ON (c.revertOf);
