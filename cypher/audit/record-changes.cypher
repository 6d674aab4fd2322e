// Many audit records in one statement (a bulk import's batch); `at` is the transaction's clock,
// as for record-change.
UNWIND $rows AS props
CREATE (c:Change)
SET c = props, c.at = datetime()
RETURN count(c) AS count
