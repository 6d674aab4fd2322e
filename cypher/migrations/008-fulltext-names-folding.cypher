// Search folds accents ("Mexico" finds "México", "cote d'ivoire" finds "Côte d'Ivoire") and
// knows ILO designations ("C143" is the iloNumber of Convention No. 143). Migration 003 made
// entity_names with the default analyzer (lower-case only); a full-text index's analyzer is
// fixed at creation, so it is rebuilt with standard-folding (the same tokens, lower-cased and
// ASCII-folded) and iloNumber added. The query side folds the same way (src/graph/fulltext-query.ts).
DROP INDEX entity_names IF EXISTS;
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.acronym, n.aliasText, n.iloNumber]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
