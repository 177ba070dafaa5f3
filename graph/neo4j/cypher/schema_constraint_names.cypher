// The names of contra's constraints that exist.
SHOW CONSTRAINTS YIELD name
WHERE name STARTS WITH 'contra_'
RETURN name
