// The ids of the speakers with a slug: those a finding filter by speaker
// name selects.
MATCH (s:Speaker {slug: $slug})
RETURN s.id AS id
ORDER BY id
