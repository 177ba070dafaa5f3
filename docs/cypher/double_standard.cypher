// Double standards on a topic: a side accuses another actor of an action
// (std) while a claim says that side itself does it (act): the act's
// prop_key is the standard's side, action and topic. The accused side's
// own accusation in kind is only a mutual accusation. Condemnations of
// the act as such (no subject, "a crime") are left out here.
MATCH (std:Claim {topic_slug: 'cluster-munitions', kind: 'accusation', polarity: '+'})
WHERE std.side_slug IS NOT NULL AND std.subject_slug IS NOT NULL AND std.subject_slug <> std.side_slug
MATCH (act:Claim {prop_key: std.side_slug + '|' + split(std.prop_key, '|')[1] + '|' + std.topic_slug})
WHERE act.polarity = '+' AND act.kind IN ['accusation', 'assertion']
  AND (act.side_slug IS NULL OR act.side_slug <> std.subject_slug)
RETURN std.side AS side, std.subject AS accuses, std.action AS action, std.text AS standard,
       coalesce(act.side, act.speaker) AS says_side_does_it, act.text AS claim
ORDER BY side, accuses
