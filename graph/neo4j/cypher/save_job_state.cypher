// Records a scheduled job's state, replacing any earlier one. Times are
// RFC 3339 text with nanoseconds, in UTC.
MERGE (j:JobState {name: $name})
SET j.window_end = $window_end, j.last_run = $last_run, j.runs = $runs
