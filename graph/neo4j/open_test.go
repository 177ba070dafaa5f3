package neo4j

import (
	"context"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
)

func TestOpenRefusesBadConfig(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
	}{
		{"no uri", Config{}},
		{"http", Config{URI: "http://db.example:7474"}},
		{"credentials in uri", Config{URI: "bolt://contra:" + secret + "@db.example"}},
		{"no host", Config{URI: "bolt://"}},
		{"malformed", Config{URI: "bolt://db.example:7687/%zz"}},
		{"negative batch", Config{URI: "bolt://db.example", BatchSize: -1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.cfg.Password = secret
			_, err := Open(context.Background(), tc.cfg)
			if graph.ErrorCode(err) != graph.EInvalid {
				t.Errorf("Open: %v, want EInvalid", err)
			}
			if err != nil && strings.Contains(err.Error(), secret) {
				t.Errorf("error shows the password: %v", err)
			}
		})
	}
}

// A port nobody listens on: the driver's dial is refused at once.
func TestOpenUnreachable(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("no loopback listener: %v", err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err = Open(ctx, Config{URI: "bolt://" + addr, User: "contra", Password: secret})
	if graph.ErrorCode(err) != graph.EUnavailable {
		t.Fatalf("Open: %v, want EUnavailable", err)
	}
	if msg := err.Error(); !strings.Contains(msg, "cannot reach Neo4j at bolt://"+addr) || strings.Contains(msg, secret) {
		t.Errorf("message %q: want the URI, never the password", msg)
	}
}
