#!/usr/bin/env bash
# Lints graph/neo4j's Cypher statements with Neo4j's own front end and runs
# the linter's tests. Installs the pinned npm packages first when
# node_modules is missing or older than package-lock.json.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund
fi
node lint.mjs "$root/graph/neo4j" "$root/docs/cypher"
node --test lint.test.mjs
