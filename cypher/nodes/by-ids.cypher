// Batch lookup of whole nodes by id (one query per DataLoader batch); label is the kind label.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props
