// Version 3 migration: the slug of every topic and whether a migration to
// version 3 was begun and not finished (its counts are then counted
// again). Every claim's topic_slug is the slug of a Topic node: a load
// writes the topic before the claims that link to it.
OPTIONAL MATCH (v:SchemaVersion {name: $name})
OPTIONAL MATCH (t:Topic)
RETURN coalesce(v.recount, false) AS recount, collect(t.slug) AS slugs
