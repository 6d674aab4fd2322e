// Every relationship between two domain nodes, with its type, ends and stored properties.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
