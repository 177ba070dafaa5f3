// Upserts documents. A field given empty (null) keeps the stored value: a
// structured record that cites only a URL must not erase the outlet an
// article file gave the same document.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.name = coalesce(row.name, d.name),
    d.url = coalesce(row.url, d.url),
    d.outlet = coalesce(row.outlet, d.outlet),
    d.title = coalesce(row.title, d.title),
    d.published = coalesce(row.published, d.published)
