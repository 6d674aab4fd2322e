// Idempotent passage upsert, one batch per call: the cited texts cut into passages
// (src/seed/passages.ts) for the passages search (index passage_text, migration 007).
UNWIND $rows AS row
MERGE (p:Passage {id: row.id})
SET p.sourceId = row.sourceId, p.locator = row.locator, p.article = row.article, p.text = row.text, p.position = row.position
RETURN count(*) AS count
