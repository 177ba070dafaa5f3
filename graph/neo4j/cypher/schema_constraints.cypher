// Every constraint of the database with what it constrains: a uniqueness
// constraint or a node key on a label's property makes that property
// unique, whatever the constraint's name.
SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties
RETURN name, type, entityType, labelsOrTypes, properties
