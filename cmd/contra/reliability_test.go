//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestExportRefusesWhatIsNotAFile: export --out onto a device, a FIFO or
// a directory fails and leaves it as it was; onto a symlink it replaces
// the file the link points to.
func TestExportRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	mustRun(t, dir, "load", "../../examples")
	tests := []struct {
		name  string
		setup func(t *testing.T, path string)
	}{
		{"character device", func(t *testing.T, path string) {
			if err := syscall.Mknod(path, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
				t.Skip("cannot create a device node (not root?):", err)
			}
		}},
		{"FIFO", func(t *testing.T, path string) {
			if err := syscall.Mkfifo(path, 0o644); err != nil {
				t.Skip("no FIFOs:", err)
			}
		}},
		{"directory", func(t *testing.T, path string) {
			if err := os.Mkdir(path, 0o755); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "n")
			tt.setup(t, out)
			before, err := os.Lstat(out)
			if err != nil {
				t.Fatal(err)
			}
			_, stderr, code := run(t, dir, "export", "--out", out)
			if code != exitInvalid || !strings.Contains(stderr, "not a regular file") {
				t.Errorf("export onto a %s: exit %d, want %d with a reason\n%s", tt.name, code, exitInvalid, stderr)
			}
			after, err := os.Lstat(out)
			if err != nil || after.Mode() != before.Mode() {
				t.Errorf("%s became %v (%v)", before.Mode(), after.Mode(), err)
			}
			if ents, _ := os.ReadDir(filepath.Dir(out)); len(ents) != 1 {
				t.Errorf("export left files beside %s: %v", out, ents)
			}
		})
	}
	t.Run("symlink", func(t *testing.T) {
		d := t.TempDir()
		real := filepath.Join(d, "real.jsonl")
		if err := os.WriteFile(real, nil, 0o640); err != nil {
			t.Fatal(err)
		}
		link := filepath.Join(d, "latest.jsonl")
		if err := os.Symlink("real.jsonl", link); err != nil {
			t.Skip("no symlinks:", err)
		}
		mustRun(t, dir, "export", "--out", link)
		fi, err := os.Lstat(link)
		if err != nil || fi.Mode()&os.ModeSymlink == 0 {
			t.Fatalf("the link was replaced: %v %v", fi.Mode(), err)
		}
		if fi, err := os.Stat(real); err != nil || fi.Size() == 0 || fi.Mode().Perm() != 0o640 {
			t.Fatalf("the linked file was not replaced in place with its mode: %v %v", fi, err)
		}
	})
}
