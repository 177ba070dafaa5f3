package serve

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"
)

// The OpenAPI description is checked against the server's real answers:
// every answer a test receives from /api/ goes through checkSpec, which
// fails the test when the status is not described or the body does not
// match its schema (whose objects allow no undescribed field), and, for
// a successful answer, when the request's parameters are not described.

var spec = sync.OnceValues(func() (routers.Router, error) {
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(openapiJSON)
	if err != nil {
		return nil, err
	}
	if err := doc.Validate(context.Background()); err != nil {
		return nil, err
	}
	return legacy.NewRouter(doc)
})

// checkSpec validates an API answer (and, when it succeeded, its
// request) against openapi.json.
func checkSpec(tb testing.TB, req *http.Request, rec *httptest.ResponseRecorder) {
	tb.Helper()
	if !strings.HasPrefix(req.URL.Path, "/api/") {
		return
	}
	router, err := spec()
	if err != nil {
		tb.Fatalf("openapi.json: %v", err)
	}
	// The description's server is "/": the router matches a URL
	// without a host.
	r := req.Clone(context.Background())
	r.URL = &url.URL{Path: req.URL.Path, RawQuery: req.URL.RawQuery}
	route, params, err := router.FindRoute(r)
	if err != nil {
		if rec.Code == http.StatusNotFound || rec.Code == http.StatusMethodNotAllowed {
			return // no such route, and the server says so (as JSON: below)
		}
		tb.Errorf("%s %s: not in openapi.json: %v", req.Method, req.URL.Path, err)
		return
	}
	opts := &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true, AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}
	in := &openapi3filter.RequestValidationInput{Request: r, PathParams: params, Route: route, Options: opts}
	if rec.Code < 300 {
		if req.Body != nil && req.Method == http.MethodPost {
			in.Options = &openapi3filter.Options{ExcludeRequestBody: true, AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}
		}
		if err := openapi3filter.ValidateRequest(context.Background(), in); err != nil {
			tb.Errorf("%s %s: request not as openapi.json describes it: %v", req.Method, req.URL, err)
		}
	}
	out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: rec.Code, Header: rec.Header(),
		Body: io.NopCloser(bytes.NewReader(rec.Body.Bytes())), Options: opts}
	if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
		tb.Errorf("%s %s: answer %d not as openapi.json describes it: %v\n%.2000s", req.Method, req.URL, rec.Code, err, rec.Body.String())
	}
}

// TestOpenAPIEveryEndpoint asks every endpoint the description lists for
// a real answer, and checks that the description lists every endpoint the
// server has.
func TestOpenAPIEveryEndpoint(t *testing.T) {
	f := newFixture(t)
	s, _ := newServer(t, f)
	reject := call(t, s, "POST", "/api/judgements", JudgementRequest{Action: "reject", Target: "dispute", TargetID: f.dispute, Reason: "test"})
	if reject.Code != http.StatusCreated {
		t.Fatalf("POST /api/judgements: %d %s", reject.Code, reject.Body.String())
	}
	q := url.QueryEscape
	asked := map[string]string{
		"GET /api/disputes":       "/api/disputes?topic=" + q("cluster munitions") + "&limit=1&show_rejected=true",
		"GET /api/exchanges":      "/api/exchanges?topic=" + q("cluster bombs"),
		"GET /api/contradictions": "/api/contradictions?topic=" + q("cluster munitions") + "&rule=opposing,counterclaim",
		"GET /api/mutual":         "/api/mutual?side=Arvenia&examples=2",
		"GET /api/speaker":        "/api/speaker?speaker=" + q(reuel) + "&opponents=2",
		"GET /api/timeline":       "/api/timeline?topic=" + q("cluster munitions") + "&since=2024-01-01&until=2024-12-31",
		"GET /api/between":        "/api/between?a=Arvenia&b=Belmora",
		"GET /api/claims":         "/api/claims?kind=denial&subject=Belmora",
		"GET /api/speakers":       "/api/speakers?speaker=Varga",
		"GET /api/topics":         "/api/topics",
		"GET /api/actors":         "/api/actors?side=Belmora",
		"GET /api/stats":          "/api/stats",
		"GET /api/accusations":    "/api/accusations?topic=" + q("cluster munitions"),
		"GET /api/documents/{id}": "/api/documents/" + q(f.doc.ID),
		"GET /api/judgements":     "/api/judgements?target_id=" + q(f.dispute),
	}
	for key, target := range asked {
		method, _, _ := strings.Cut(key, " ")
		rec := call(t, s, method, target, nil)
		if rec.Code != http.StatusOK {
			t.Errorf("%s: %d %s", target, rec.Code, rec.Body.String())
		}
	}
	asked["POST /api/judgements"] = "(above)"

	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(openapiJSON)
	if err != nil {
		t.Fatal(err)
	}
	var described, served []string
	for path, item := range doc.Paths.Map() {
		for method := range item.Operations() {
			described = append(described, method+" "+path)
		}
	}
	for path, methods := range s.endpoints {
		for _, m := range methods {
			served = append(served, m+" "+path)
		}
	}
	sort.Strings(described)
	sort.Strings(served)
	if strings.Join(described, "\n") != strings.Join(served, "\n") {
		t.Errorf("openapi.json describes\n%s\nthe server has\n%s", strings.Join(described, "\n"), strings.Join(served, "\n"))
	}
	for _, k := range described {
		if _, ok := asked[k]; !ok {
			t.Errorf("%s is described but this test does not ask it", k)
		}
	}
	// GET /openapi.json serves the description itself.
	rec := call(t, s, "GET", "/openapi.json", nil)
	if rec.Code != http.StatusOK || !bytes.Equal(rec.Body.Bytes(), openapiJSON) {
		t.Errorf("GET /openapi.json: %d", rec.Code)
	}
}
