// Records the data model version once a migration to it has completed.
MERGE (v:SchemaVersion {name: $name})
SET v.version = $version
