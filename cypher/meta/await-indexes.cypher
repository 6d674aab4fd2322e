// Waits until index population is done, so the first queries after start-up use them.
CALL db.awaitIndexes(120)
