// Benchmark only: audit records of relationship writes (one per imported edge expected).
MATCH (c:Change {targetType: 'RELATIONSHIP'})
RETURN count(c) AS count
