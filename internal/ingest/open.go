package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// errNotRegular marks an input that is not a regular file: a FIFO, a
// device or a socket can block or never end, so none is read.
var errNotRegular = errors.New("not a regular file")

// openRegular opens path for reading, refusing anything but a regular file.
// The check is made on the open file, not on its name, so a file swapped
// for a FIFO after the walk is refused too, and the open itself does not
// wait for a FIFO's writer (oNonblock).
func openRegular(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|oNonblock, 0)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("%s: %w", fileKind(fi.Mode()), errNotRegular)
	}
	return f, nil
}

// fileKind names what a non-regular file is, for notes.
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
	return "not a regular file"
}

// errTooLarge is returned by a boundedReader past its limit.
type errTooLarge struct {
	limit int64
	key   string // the setting that sets it
}

func (e *errTooLarge) Error() string {
	return fmt.Sprintf("larger than %d bytes (%s)", e.limit, e.key)
}

// boundedReader reads until ctx is done or more than limit bytes were
// read. Each Read of a file is a few KiB, so a load stops reading within
// a millisecond of Ctrl-C however large (or sparse, or growing) the file.
type boundedReader struct {
	ctx   context.Context
	r     io.Reader
	n     int64
	limit int64
	key   string
}

func (b *boundedReader) Read(p []byte) (int, error) {
	if err := b.ctx.Err(); err != nil {
		return 0, err
	}
	if b.n > b.limit {
		return 0, &errTooLarge{b.limit, b.key}
	}
	n, err := b.r.Read(p)
	b.n += int64(n)
	return n, err
}

// readAll reads a whole regular file of at most limit bytes.
func readAll(ctx context.Context, path string, limit int64, key string) ([]byte, error) {
	f, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var size int64
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	if size > limit {
		return nil, &errTooLarge{limit, key}
	}
	// One byte more than the size, so that a file that grew is read whole
	// and seen to be over the limit.
	buf := make([]byte, 0, size+1)
	r := &boundedReader{ctx: ctx, r: f, limit: limit, key: key}
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			if int64(len(buf)) > limit {
				return nil, &errTooLarge{limit, key}
			}
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}
