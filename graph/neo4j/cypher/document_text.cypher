// A document's original text.
MATCH (t:DocumentText {doc_id: $doc_id})
RETURN t.text AS text
