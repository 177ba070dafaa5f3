// Of the document ids claims cite (and the batch does not carry), those
// that are stored.
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id
