package serve

import (
	_ "embed"
	"net/http"
)

// openapiJSON is the OpenAPI 3 description of the API, written by hand
// beside the handlers and checked against their real answers by the
// tests (openapi_test.go).
//
//go:embed openapi.json
var openapiJSON []byte

func (s *Server) openAPI(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(openapiJSON)
}
