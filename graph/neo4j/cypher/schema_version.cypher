// The version of contra's data model the database holds (null before
// version 2, which introduced the marker), and whether it holds any claim:
// Open migrates older data, and stamps an empty database as current.
OPTIONAL MATCH (v:SchemaVersion {name: $name})
RETURN v.version AS version, NOT EXISTS { MATCH (:Claim) } AS empty
