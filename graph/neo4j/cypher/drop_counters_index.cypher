// Version 2 migration: the index of the COUNTERS relationships earlier
// versions stored counterclaim findings as.
DROP INDEX contra_counters_id IF EXISTS
