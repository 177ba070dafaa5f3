package config

import (
	"reflect"
	"strings"
	"testing"
)

func TestServe(t *testing.T) {
	secret := "0123456789abcdef"
	tests := []struct {
		name       string
		file       string
		env        []string
		wantAddr   string
		wantTokens []ServeToken
		wantRO     bool
		wantErr    string
	}{
		{name: "defaults", wantAddr: "127.0.0.1:8080"},
		{name: "file", file: "serve:\n  addr: 0.0.0.0:9000\n  token: alice:" + secret + "\n  read_only: true\n",
			wantAddr: "0.0.0.0:9000", wantTokens: []ServeToken{{"alice", secret}}, wantRO: true},
		{name: "env", env: []string{"CONTRA_SERVE_TOKEN=alice:" + secret + ", bob:" + secret + "x", "CONTRA_SERVE_ADDR=:9000", "CONTRA_SERVE_READ_ONLY=true"},
			wantAddr: ":9000", wantTokens: []ServeToken{{"alice", secret}, {"bob", secret + "x"}}, wantRO: true},
		{name: "a token without a name", env: []string{"CONTRA_SERVE_TOKEN=" + secret}, wantAddr: "127.0.0.1:8080", wantTokens: []ServeToken{{"token", secret}}},
		{name: "short secret", env: []string{"CONTRA_SERVE_TOKEN=alice:short"}, wantErr: "at least 16"},
		{name: "empty name", env: []string{"CONTRA_SERVE_TOKEN=:" + secret}, wantErr: "name"},
		{name: "repeated secret", env: []string{"CONTRA_SERVE_TOKEN=a:" + secret + ",b:" + secret}, wantErr: "repeats"},
		{name: "empty addr", env: []string{"CONTRA_SERVE_ADDR= "}, wantErr: "serve.addr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := Options{SearchDirs: []string{}, Environ: tt.env}
			if tt.file != "" {
				o.File = writeFile(t, t.TempDir(), tt.file)
			}
			c, err := Resolve(o)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Resolve: %v, want an error naming %q", err, tt.wantErr)
				}
				if strings.Contains(err.Error(), secret) {
					t.Errorf("the error shows the secret: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			toks, err := c.Serve.Tokens()
			if err != nil {
				t.Fatal(err)
			}
			if c.Serve.Addr != tt.wantAddr || !reflect.DeepEqual(toks, tt.wantTokens) || c.Serve.ReadOnly != tt.wantRO {
				t.Errorf("serve %+v, tokens %v; want %s, %v, read-only %v", c.Serve, toks, tt.wantAddr, tt.wantTokens, tt.wantRO)
			}
			if shown := c.String(); strings.Contains(shown, secret) {
				t.Errorf("config show reveals a token:\n%s", shown)
			} else if len(tt.wantTokens) > 0 && !strings.Contains(shown, tt.wantTokens[0].Name+":********") {
				t.Errorf("config show does not name the token:\n%s", shown)
			}
		})
	}
}
