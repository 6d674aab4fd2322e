// How many domain nodes the graph holds (0 means: seed it).
MATCH (n:Entity) RETURN count(n) AS n
