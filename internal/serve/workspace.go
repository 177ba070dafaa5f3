package serve

import (
	"embed"
	"io/fs"
	"net/http"
)

// The workspace is built from web/src (npm run build in web/) into
// web/dist, which is committed: a Go build needs no Node.
//
//go:embed web/dist
var dist embed.FS

// workspace serves the built workspace: index.html at /, its assets by
// name. Nothing in it is data; the API serves that.
func (s *Server) workspace() http.Handler {
	sub, err := fs.Sub(dist, "web/dist")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	files := http.FileServerFS(sub)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		files.ServeHTTP(w, r)
	})
}
