// One audit record per accepted write; `at` is the transaction's clock, so it is the commit's time.
CREATE (c:Change)
SET c = $props, c.at = datetime()
RETURN properties(c) AS change
