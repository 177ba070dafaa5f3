// The names of contra's indexes and constraints that exist. SHOW INDEXES
// also lists the index behind each uniqueness constraint, under the
// constraint's name.
SHOW INDEXES YIELD name
WHERE name STARTS WITH 'contra_'
RETURN name
