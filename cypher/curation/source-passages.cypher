// The stored passages of the cited sources, in order (index passage_source), for the quote
// check of a write (src/curation/quote-check.ts): a source with none holds no text.
UNWIND $sourceIds AS sourceId
MATCH (p:Passage {sourceId: sourceId})
RETURN sourceId, p.locator AS locator, p.article AS article, p.text AS text
ORDER BY sourceId, p.position
