// The nodes an import refers to but does not carry (ends of edges, cited sources, what a figure
// is about): their kind label and properties, so the validator can check kinds and adoption dates.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS props
