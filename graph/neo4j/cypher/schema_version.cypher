// The version of contra's data model the database holds (null before
// version 2, which introduced the marker): Open migrates older ones.
OPTIONAL MATCH (v:SchemaVersion {name: $name})
RETURN v.version AS version
