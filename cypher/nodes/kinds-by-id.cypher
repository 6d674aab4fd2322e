// Batch lookup of node kinds and names by id (one query per DataLoader batch).
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, coalesce(n.name, n.title) AS name
