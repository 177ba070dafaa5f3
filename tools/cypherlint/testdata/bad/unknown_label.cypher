// Claimm is a typo; MERGE may create labels, so the library alone would
// not report it.
UNWIND $rows AS row
MERGE (c:Claimm {id: row.id})
