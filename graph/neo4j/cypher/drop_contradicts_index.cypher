// Version 2 migration: the index of the CONTRADICTS relationships earlier
// versions stored findings as.
DROP INDEX contra_contradicts_id IF EXISTS
