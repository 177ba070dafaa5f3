// Of the document ids claims cite (and the batch does not carry), those
// that are not stored.
UNWIND $ids AS id
OPTIONAL MATCH (d:Document {id: id})
WITH id, d
WHERE d IS NULL
RETURN id
