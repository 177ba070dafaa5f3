package render

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/contra-project/contra/graph"
)

// newFileMode is the mode of a file WriteFile creates; a file it replaces
// keeps its own.
const newFileMode fs.FileMode = 0o644

// WriteFile is contra's one way of writing a file: every export, report and
// figures file goes through it. write renders into a temporary file created
// beside the target (a rename is atomic only within one file system),
// which is synced and then renamed over the target, so a reader sees the
// old file or the new one, never a mix, and a failed or interrupted write
// leaves the target as it was.
//
// Only regular files are replaced. A directory, device, FIFO or socket at
// path is refused with an EInvalid error and left alone: renaming over
// /dev/null, say, would turn the device into a file. A symlink is
// followed, as a shell's > follows it: the file it points to is replaced
// and the link stays a link; a link to something that is not a regular
// file, or to nothing, is refused. The new file gets the replaced file's
// permission bits, or 0644 when there was none.
func WriteFile(path string, write func(io.Writer) error) (err error) {
	target, mode, err := writeTarget(path)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 1<<16)
	if err = write(bw); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	// CreateTemp makes the file 0600; the replaced file's readers expect
	// its own mode.
	if err = tmp.Chmod(mode); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), target); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	syncDir(filepath.Dir(target))
	return nil
}

// writeTarget resolves path to the file WriteFile replaces and the mode
// the new file gets, refusing what is not a regular file.
func writeTarget(path string) (target string, mode fs.FileMode, err error) {
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return path, newFileMode, nil
	case err != nil:
		return "", 0, fmt.Errorf("write %s: %w", path, err)
	}
	target = path
	if fi.Mode()&fs.ModeSymlink != 0 {
		if target, err = filepath.EvalSymlinks(path); err != nil {
			return "", 0, graph.WrapCode(graph.EInvalid, err, "write %s: a symlink to a missing file; refusing to follow it", path)
		}
		if fi, err = os.Lstat(target); err != nil {
			return "", 0, fmt.Errorf("write %s: %w", path, err)
		}
	}
	if !fi.Mode().IsRegular() {
		what := fileKind(fi.Mode())
		if target != path {
			what = "a symlink to " + what
		}
		return "", 0, graph.Errorf(graph.EInvalid, "write %s: is %s, not a regular file; refusing to replace it", path, what)
	}
	return target, fi.Mode().Perm(), nil
}

// fileKind names what a non-regular file is, for refusals.
func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	}
	return "not a regular file (" + m.Type().String() + ")"
}

// syncDir makes a rename durable. Some file systems refuse to sync a
// directory; that is not worth failing a write over.
func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		_ = f.Sync()
		f.Close()
	}
}
