// A scheduled job's saved state.
MATCH (j:JobState {name: $name})
RETURN j
