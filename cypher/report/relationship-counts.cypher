// Per relationship type between entities: how many, and how many carry at least one citation.
MATCH (:Entity)-[r]->(:Entity)
RETURN type(r) AS type, count(*) AS total, count(CASE WHEN size(coalesce(r.citeSources, [])) > 0 THEN 1 END) AS cited
ORDER BY type
