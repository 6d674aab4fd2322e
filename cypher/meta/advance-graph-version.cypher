// Run last in every write transaction (Database.writeTx): a committed write is a new graph version.
// The epoch is new whenever the node is (re)created, so a deleted-and-recreated node cannot
// reuse a number that cached answers were keyed by.
MERGE (v:GraphVersion {id: 'graph'})
ON CREATE SET v.epoch = randomUUID(), v.version = 0
SET v.version = v.version + 1
