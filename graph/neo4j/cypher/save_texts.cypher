// Stores articles' original texts, one node per document beside it (the
// Document node stays small for the reads that never need the text).
UNWIND $rows AS row
MERGE (t:DocumentText {doc_id: row.doc_id})
SET t.text = row.text
