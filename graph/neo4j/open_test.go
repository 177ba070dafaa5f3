package neo4j

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/contra-project/contra/graph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
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

// fakeBolt is a Bolt 4.4 server that refuses every login: it answers the
// HELLO message with a FAILURE whose message repeats the printable bytes
// of that HELLO, password included, as a careless server might.
func fakeBolt(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("no loopback listener: %v", err)
	}
	var wg sync.WaitGroup
	t.Cleanup(func() { ln.Close(); wg.Wait() })
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer conn.Close()
				conn.SetDeadline(time.Now().Add(20 * time.Second))
				refuseLogin(conn)
			}()
		}
	}()
	return ln.Addr().String()
}

func refuseLogin(conn net.Conn) {
	hs := make([]byte, 20) // magic and four version proposals
	if _, err := io.ReadFull(conn, hs); err != nil {
		return
	}
	if _, err := conn.Write([]byte{0, 0, 4, 4}); err != nil { // Bolt 4.4
		return
	}
	var hello []byte // one message: chunks up to a zero-length one
	for {
		var n [2]byte
		if _, err := io.ReadFull(conn, n[:]); err != nil {
			return
		}
		size := int(binary.BigEndian.Uint16(n[:]))
		if size == 0 {
			break
		}
		chunk := make([]byte, size)
		if _, err := io.ReadFull(conn, chunk); err != nil {
			return
		}
		hello = append(hello, chunk...)
	}
	var printable []byte
	for _, c := range hello {
		if c >= 0x20 && c < 0x7f {
			printable = append(printable, c)
		}
	}
	msg := "The client is unauthorized due to authentication failure: " + string(printable)
	var b bytes.Buffer
	b.Write([]byte{0xB1, 0x7F, 0xA2}) // FAILURE {code, message}
	packString(&b, "code")
	packString(&b, "Neo.ClientError.Security.Unauthorized")
	packString(&b, "message")
	packString(&b, msg)
	var out bytes.Buffer
	binary.Write(&out, binary.BigEndian, uint16(b.Len()))
	out.Write(b.Bytes())
	out.Write([]byte{0, 0})
	conn.Write(out.Bytes())
	io.Copy(io.Discard, conn) // until the driver hangs up
}

// packString writes a PackStream string.
func packString(b *bytes.Buffer, s string) {
	switch n := len(s); {
	case n < 16:
		b.WriteByte(0x80 | byte(n))
	case n < 256:
		b.Write([]byte{0xD0, byte(n)})
	default:
		b.WriteByte(0xD1)
		binary.Write(b, binary.BigEndian, uint16(n))
	}
	b.WriteString(s)
}

func TestOpenAuthenticationFailed(t *testing.T) {
	addr := fakeBolt(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	_, err := Open(ctx, Config{URI: "bolt://" + addr, User: "contra", Password: secret})
	if graph.ErrorCode(err) != graph.EUnavailable {
		t.Fatalf("Open: %v, want EUnavailable", err)
	}
	msg := err.Error()
	if !strings.Contains(msg, `authentication failed for user "contra"`) {
		t.Errorf("message %q does not say the authentication failed", msg)
	}
	if strings.Contains(msg, secret) {
		t.Errorf("message shows the password: %q", msg)
	}
	if !strings.Contains(msg, "******") {
		t.Errorf("message %q: the fake server's echo of the password was not scrubbed (or not sent)", msg)
	}
	var ne *neo4j.Neo4jError
	if !errors.As(err, &ne) || !ne.IsAuthenticationFailed() {
		t.Errorf("the server's error is not in the chain of %v", err)
	}
}
