package graph

// SetChunkClaims sets how many claims a chunk of topics gathers, for a
// test, and returns the function that restores it.
func SetChunkClaims(n int) (restore func()) {
	old := chunkClaims
	chunkClaims = n
	return func() { chunkClaims = old }
}
