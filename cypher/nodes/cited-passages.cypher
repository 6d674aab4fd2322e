// The passages instrument-text citations point at (Citation.passage), one batch of keys per call:
// a paragraph citation finds its paragraph, an article citation every paragraph of the article.
UNWIND $keys AS key
MATCH (p:Passage {sourceId: key.sourceId})
WHERE p.locator = key.locator OR (key.wholeArticle AND p.article = key.locator)
RETURN key.key AS key, p.text AS text
ORDER BY key, p.position
