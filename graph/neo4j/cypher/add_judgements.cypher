// Stores the judgements not stored yet: a judgement's id is derived from
// its content, and a stored one is never changed (an undo is a judgement).
// Times are UTC text with nine fraction digits, so they sort as time.
UNWIND $rows AS row
MERGE (j:Judgement {id: row.id})
ON CREATE SET j.action = row.action, j.target = row.target, j.target_id = row.target_id,
  j.into = row.into, j.side = row.side, j.reason = row.reason, j.user = row.user, j.at = row.at
