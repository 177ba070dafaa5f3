// Labels the given claims Counterclaim: they counter another claim. Load
// keeps the label up to date as it finds and loses counterclaim findings,
// so that reads and Stats need not derive it.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WHERE NOT c:Counterclaim
SET c:Counterclaim
