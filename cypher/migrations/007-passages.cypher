// Passages of the cited texts (the five documents and the instruments' texts), searchable by
// their words: one node per passage, unique id, full-text index over the text.
CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (p:Passage) REQUIRE p.id IS UNIQUE;
// A citation's passage is looked up by its source (Citation.passage).
CREATE INDEX passage_source IF NOT EXISTS FOR (p:Passage) ON (p.sourceId);
CREATE FULLTEXT INDEX passage_text IF NOT EXISTS FOR (p:Passage) ON EACH [p.text];
