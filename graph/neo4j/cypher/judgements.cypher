// Every judgement, in the order they apply.
MATCH (j:Judgement)
RETURN j
ORDER BY j.at, j.id
