// Package graph is contra's domain: the nodes and relationships of the
// contradiction graph (documents, speakers, actors, topics, claims), the
// Store interface every backend implements, the error codes a user can act
// on, the interchange record that loaders read and exports write, and the
// contradiction rules.
//
// It imports only the standard library, so backends (graph/sqlite,
// graph/neo4j) and pipeline pieces (internal/...) can all depend on it while
// it depends on none of them.
package graph
