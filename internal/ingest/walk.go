package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/contra-project/contra/graph"
)

// Input kinds.
const (
	kindRecords = "records"
	kindArticle = "article"
	kindOther   = "other"   // not loadable: reported as skipped
	kindIgnored = "ignored" // expected beside inputs (sidecars, labels, READMEs): not reported
)

type input struct {
	path string
	kind string
	size int64
	note string // why an "other" input is skipped
}

// loadable reports whether in is an input: a claim file or an article,
// what progress counts.
func (in *input) loadable() bool { return in.kind == kindRecords || in.kind == kindArticle }

// articleExts are the article formats the extractor reads.
var articleExts = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

// classify says what a file is by its name.
func classify(path string) (kind, note string) {
	name := strings.ToLower(filepath.Base(path))
	stem := strings.TrimSuffix(name, filepath.Ext(name))
	switch {
	case stem == "readme" || stem == "license" || stem == "changelog" || stem == "contributing":
		return kindIgnored, "documentation file"
	case strings.HasSuffix(name, ".meta.json"):
		return kindIgnored, "metadata sidecar (read with its article)"
	case strings.HasSuffix(name, ".gold.json"):
		return kindIgnored, "evaluation labels (read by contra eval, not loaded)"
	case isStoreFile(name):
		// The embedded store often lives beside the inputs it was loaded
		// from: its files are no input and need no attention.
		return kindIgnored, "SQLite store file"
	case strings.HasSuffix(name, ".jsonl"), strings.HasSuffix(name, ".ndjson"),
		strings.HasSuffix(name, ".json"), strings.HasSuffix(name, ".csv"):
		return kindRecords, ""
	case articleExts[filepath.Ext(name)]:
		return kindArticle, ""
	}
	return kindOther, "unsupported file type (want .jsonl, .json, .csv, .txt, .md, .html)"
}

// storeExts are the names SQLite databases go by; storeSiblings the
// files SQLite (journal, WAL, shared memory) and contra's writer turns
// and bulk lock keep beside one, and the side file a fresh bulk load
// builds a store in.
var (
	storeExts     = []string{".db", ".sqlite", ".sqlite3"}
	storeSiblings = []string{"", "-wal", "-shm", "-journal", "-writers", "-bulk", "-fresh"}
)

func isStoreFile(name string) bool {
	for _, sib := range storeSiblings {
		stem, ok := strings.CutSuffix(name, sib)
		if !ok {
			continue
		}
		for _, ext := range storeExts {
			if strings.HasSuffix(stem, ext) {
				return true
			}
		}
	}
	return false
}

// walk calls emit for each file under paths, in a deterministic order:
// arguments in the order given, each directory's files sorted. Symlinked
// directories are not followed, which also rules out symlink loops. Only
// regular files are input: a FIFO, device or socket, named or reached
// through a symlink, is reported as skipped (/dev/zero never ends, a FIFO
// may never be written). It holds no list of the files: a corpus of a
// million files is a list of a hundred MB, and walking it took 290 MB of
// heap. It stops at emit's first error, or when ctx is done, and returns
// that error.
func walk(ctx context.Context, paths []string, emit func(input) error) error {
	var stop error // emit's, returned as it is
	send := func(in input) error {
		if err := emit(in); err != nil {
			stop = err
			return err
		}
		return nil
	}
	// Only several arguments can name a file twice.
	var seen map[string]bool
	if len(paths) > 1 {
		seen = map[string]bool{}
	}
	// addFile sends a file; fi is what p is, or points to when link.
	addFile := func(p string, fi fs.FileInfo, link bool) error {
		if !fi.Mode().IsRegular() {
			note := fileKind(fi.Mode()) + ", not a regular file: not read"
			if link {
				note = "symlink to " + note
			}
			return send(input{path: p, kind: kindOther, note: note})
		}
		size := fi.Size()
		if seen != nil {
			if seen[p] {
				return nil
			}
			seen[p] = true
		}
		k, note := classify(p)
		return send(input{path: p, kind: k, size: size, note: note})
	}
	for _, root := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		fi, err := os.Stat(root)
		if err != nil {
			return graph.WrapCode(graph.EInvalid, err, "load %s", root)
		}
		if !fi.IsDir() {
			if err := addFile(root, fi, isLink(root)); err != nil {
				return err
			}
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if cerr := ctx.Err(); cerr != nil {
				stop = cerr
				return cerr
			}
			if err != nil {
				if p == root {
					return err
				}
				// An unreadable subdirectory is reported, not fatal.
				if err := send(input{path: p, kind: kindOther, note: "unreadable: " + err.Error()}); err != nil {
					return err
				}
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if p != root && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir
				}
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				fi, err := os.Stat(p)
				switch {
				case err != nil:
					return send(input{path: p, kind: kindOther, note: "broken symlink"})
				case fi.IsDir():
					return send(input{path: p, kind: kindOther, note: "symlink to a directory, not followed"})
				}
				return addFile(p, fi, true)
			}
			info, err := d.Info()
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) {
					return nil
				}
				return err
			}
			return addFile(p, info, false)
		})
		if stop != nil {
			return stop
		}
		if err != nil {
			return fmt.Errorf("load %s: %w", root, err)
		}
	}
	return nil
}

// isLink reports whether p is a symlink.
func isLink(p string) bool {
	fi, err := os.Lstat(p)
	return err == nil && fi.Mode()&fs.ModeSymlink != 0
}
