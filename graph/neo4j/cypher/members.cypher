// The stored members of the given proposition groups, as counting needs
// them (graph.Member): a few short properties, not the whole claim.
UNWIND $keys AS key
MATCH (c:Claim {prop_key: key})
RETURN c.id AS id, c.prop_key AS prop_key, c.speaker_id AS speaker_id, c.side_slug AS side_slug,
       c.kind AS kind, c.polarity AS polarity, c.said_at AS said_at
