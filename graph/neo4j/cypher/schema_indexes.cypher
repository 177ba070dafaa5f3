// Every index of the database, with what it indexes and its state: Open
// compares contra's schema with them by what they index, not by name, so
// that an equivalent index or constraint made under another name counts.
// A uniqueness constraint's index names it as its owningConstraint.
SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint, state, failureMessage
RETURN name, type, entityType, labelsOrTypes, properties, owningConstraint, state, failureMessage
