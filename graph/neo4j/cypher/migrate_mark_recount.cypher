// Version 3 migration: records that the counts must be counted again
// ($on), before the first key changes, and that they were (not $on), so
// that a migration interrupted between the two counts them at the next
// Open even though no key is left to change.
MERGE (v:SchemaVersion {name: $name})
SET v.recount = CASE WHEN $on THEN true ELSE null END
