// Counterclaims and what each counters, with where each was said. A claim
// labelled Counterclaim counters the claims its responds_to names and, if
// it is a denial, the other sides' claims of its proposition (prop_key)
// with the other polarity that are no denials.
MATCH (d:Counterclaim)
CALL (d) {
  MATCH (c:Claim)
  WHERE c.id IN coalesce(d.responds_to, []) AND c <> d
  RETURN c
  UNION
  MATCH (c:Claim {prop_key: d.prop_key})
  WHERE d.kind = 'denial' AND c.kind <> 'denial' AND c.polarity <> d.polarity
    AND CASE WHEN d.side_slug IS NULL OR c.side_slug IS NULL
             THEN d.speaker_id <> c.speaker_id ELSE d.side_slug <> c.side_slug END
  RETURN c
}
MATCH (d)-[:REPORTED_IN]->(dd:Document)
MATCH (c)-[:REPORTED_IN]->(cd:Document)
RETURN d.speaker AS counters, d.text AS counterclaim, dd.outlet AS counterclaim_source,
       c.speaker AS claimant, c.text AS claim, cd.outlet AS claim_source
ORDER BY d.said_at
