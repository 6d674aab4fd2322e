// Full-text search over names, acronyms and aliases ("CMW", "Migrant Workers Convention", "Puebla").
// aliasText is the aliases list joined by " | " (full-text indexes read strings).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.acronym, n.aliasText];
