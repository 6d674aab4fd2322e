// Per kind label: how many nodes, and how many carry at least one citation.
MATCH (n:Entity)
UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label
RETURN label, count(*) AS total, count(CASE WHEN size(coalesce(n.citeSources, [])) > 0 THEN 1 END) AS cited
ORDER BY label
