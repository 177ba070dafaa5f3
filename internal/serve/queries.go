package serve

// queryRoutes registers the pair and dispute queries.
func (s *Server) queryRoutes(get func(path string, h apiFunc)) {}
