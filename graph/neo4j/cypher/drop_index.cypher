// Drops an index by name: a plain range index on a property that contra's
// schema makes unique, which Neo4j would not let the constraint be created
// beside (the constraint brings its own index, which serves the same
// lookups).
DROP INDEX $name IF EXISTS
