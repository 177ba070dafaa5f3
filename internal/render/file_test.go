//go:build unix

package render_test

import (
	"errors"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/contra-project/contra/graph"
	"github.com/contra-project/contra/internal/render"
)

// TestWriteFile: WriteFile replaces regular files (through symlinks),
// keeping their mode, and refuses everything else, leaving it as it was.
func TestWriteFile(t *testing.T) {
	tests := []struct {
		name string
		// setup makes what is at path; it returns the file whose content
		// WriteFile should have replaced, "" when it must refuse.
		setup    func(t *testing.T, dir, path string) (replaced string)
		wantMode fs.FileMode
	}{
		{"new file", func(t *testing.T, dir, path string) string { return path }, 0o644},
		{"regular 0600 keeps its mode", func(t *testing.T, dir, path string) string {
			writeMode(t, path, 0o600)
			return path
		}, 0o600},
		{"regular 0755 keeps its mode", func(t *testing.T, dir, path string) string {
			writeMode(t, path, 0o755)
			return path
		}, 0o755},
		{"symlink to a regular file is followed", func(t *testing.T, dir, path string) string {
			real := filepath.Join(dir, "real.csv")
			writeMode(t, real, 0o640)
			symlink(t, "real.csv", path)
			return real
		}, 0o640},
		{"directory", func(t *testing.T, dir, path string) string {
			if err := os.Mkdir(path, 0o755); err != nil {
				t.Fatal(err)
			}
			return ""
		}, 0},
		{"FIFO", func(t *testing.T, dir, path string) string {
			if err := syscall.Mkfifo(path, 0o644); err != nil {
				t.Skip("no FIFOs here:", err)
			}
			return ""
		}, 0},
		{"character device", func(t *testing.T, dir, path string) string {
			// The device of /dev/null (1, 3).
			if err := syscall.Mknod(path, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
				t.Skip("cannot create a device node (not root?):", err)
			}
			return ""
		}, 0},
		{"socket", func(t *testing.T, dir, path string) string {
			l, err := net.Listen("unix", path)
			if err != nil {
				t.Skip("no unix sockets here:", err)
			}
			t.Cleanup(func() { l.Close() })
			return ""
		}, 0},
		{"symlink to a FIFO", func(t *testing.T, dir, path string) string {
			if err := syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o644); err != nil {
				t.Skip("no FIFOs here:", err)
			}
			symlink(t, "fifo", path)
			return ""
		}, 0},
		{"dangling symlink", func(t *testing.T, dir, path string) string {
			symlink(t, "nowhere", path)
			return ""
		}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "out.csv")
			replaced := tt.setup(t, dir, path)
			before := listing(t, dir)
			var tmpDir string
			err := render.WriteFile(path, func(w io.Writer) error {
				// The temporary file is beside the target.
				tmpDir = filepath.Dir(newest(t, dir))
				_, err := io.WriteString(w, "a,b\n")
				return err
			})
			if replaced == "" {
				if graph.ErrorCode(err) != graph.EInvalid || !strings.Contains(err.Error(), "not a regular file") && !strings.Contains(err.Error(), "missing file") {
					t.Fatalf("WriteFile = %v, want an invalid error saying what is there", err)
				}
				if after := listing(t, dir); after != before {
					t.Fatalf("the directory changed:\n%s\n->\n%s", before, after)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tmpDir != dir {
				t.Errorf("temporary file in %s, want beside the target in %s", tmpDir, dir)
			}
			b, err := os.ReadFile(replaced)
			if err != nil || string(b) != "a,b\n" {
				t.Fatalf("%s holds %q, %v", replaced, b, err)
			}
			fi, err := os.Stat(replaced)
			if err != nil {
				t.Fatal(err)
			}
			if fi.Mode().Perm() != tt.wantMode {
				t.Errorf("mode %v, want %v", fi.Mode().Perm(), tt.wantMode)
			}
			if replaced != path {
				if li, err := os.Lstat(path); err != nil || li.Mode()&fs.ModeSymlink == 0 {
					t.Errorf("the symlink was replaced: %v, %v", li.Mode(), err)
				}
			}
			for _, e := range readDir(t, dir) {
				if strings.HasSuffix(e, ".tmp") {
					t.Errorf("temporary file %s left behind", e)
				}
			}
		})
	}
}

// TestWriteFileFailureKeepsTarget: a write that fails leaves the old file
// and no temporary file.
func TestWriteFileFailureKeepsTarget(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	writeMode(t, path, 0o644)
	boom := errors.New("boom")
	err := render.WriteFile(path, func(w io.Writer) error {
		io.WriteString(w, "half")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("WriteFile = %v, want the writer's error", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old\n" {
		t.Fatalf("target holds %q after a failed write", b)
	}
	if got := readDir(t, dir); len(got) != 1 {
		t.Fatalf("directory holds %v, want only the target", got)
	}
}

func writeMode(t *testing.T, path string, mode fs.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte("old\n"), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil { // past the umask
		t.Fatal(err)
	}
}

func symlink(t *testing.T, old, new string) {
	t.Helper()
	if err := os.Symlink(old, new); err != nil {
		t.Skip("no symlinks here:", err)
	}
}

func readDir(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

// listing is each entry of dir with its type and mode.
func listing(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	for _, n := range readDir(t, dir) {
		fi, err := os.Lstat(filepath.Join(dir, n))
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString(n + " " + fi.Mode().String() + "\n")
	}
	return b.String()
}

// newest is the path of the temporary file WriteFile is writing in dir.
func newest(t *testing.T, dir string) string {
	t.Helper()
	for _, n := range readDir(t, dir) {
		if strings.HasSuffix(n, ".tmp") {
			return filepath.Join(dir, n)
		}
	}
	t.Fatalf("no temporary file in %s while writing", dir)
	return ""
}
