// Package outfile writes a command's output to a path the user named
// without harming what is there: a regular file is replaced atomically, a
// symbolic link keeps pointing where it did and its target gets the
// output, and a device or a FIFO is written into, never replaced.
package outfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// maxLinks bounds a chain of symbolic links, as the kernel's ELOOP does.
const maxLinks = 40

// Check reports whether path can take output, before any work is done:
// it may not be a directory, nor any of inputs ("-" stands for standard
// input and is skipped), and its directory must exist.
func Check(path string, inputs []string) error {
	if fd := stdStream(path); fd != nil {
		return nil
	}
	fi, err := os.Stat(path)
	switch {
	case err == nil && fi.IsDir():
		return fmt.Errorf("%s is a directory", path)
	case err == nil:
		for _, in := range inputs {
			if in == "-" {
				continue
			}
			if ifi, err := os.Stat(in); err == nil && os.SameFile(fi, ifi) {
				return fmt.Errorf("%s is an input file; refusing to overwrite it", path)
			}
		}
		return nil
	case errors.Is(err, os.ErrNotExist):
		real, err := resolve(path)
		if err != nil {
			return err
		}
		if di, err := os.Stat(filepath.Dir(real)); err != nil || !di.IsDir() {
			return fmt.Errorf("%s: no such directory", filepath.Dir(real))
		}
		return nil
	default:
		return err
	}
}

// Write writes the output that write produces to path. A regular file (or
// a new one) is written through a temporary file beside it, synced and
// renamed into place with the old file's permissions, so that a reader
// never sees half of it and a failure leaves the old file as it was. A
// symbolic link is followed and its target written the same way. Anything
// else that exists — /dev/null, a terminal, a FIFO, a socket — is opened
// and written into. /dev/stdout and /dev/stderr are the process's own.
func Write(path string, write func(io.Writer) error) error {
	if f := stdStream(path); f != nil {
		return write(f)
	}
	fi, err := os.Stat(path)
	if err == nil && fi.IsDir() {
		return fmt.Errorf("%s is a directory", path)
	}
	if err == nil && !fi.Mode().IsRegular() {
		return writeInto(path, write)
	}
	real, err := resolve(path)
	if err != nil {
		return err
	}
	return replace(real, write, nil)
}

// stdStream returns the open file that path names when it is one of the
// process's standard output streams.
func stdStream(path string) *os.File {
	switch filepath.Clean(path) {
	case "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1":
		return os.Stdout
	case "/dev/stderr", "/dev/fd/2", "/proc/self/fd/2":
		return os.Stderr
	}
	return nil
}

// writeInto writes into an existing file that is not regular.
func writeInto(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// replace writes path through a temporary file in its directory; before,
// when not nil, runs just before the rename and can still refuse it.
func replace(path string, write func(io.Writer) error, before func() error) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err := write(f); err != nil {
		return err
	}
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
	if err := f.Chmod(mode); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if before != nil {
		if err := before(); err != nil {
			return err
		}
	}
	return os.Rename(f.Name(), path)
}

// resolve follows path's symbolic links, the last one possibly dangling,
// to the file they name.
func resolve(path string) (string, error) {
	for range maxLinks {
		fi, err := os.Lstat(path)
		if err != nil || fi.Mode()&os.ModeSymlink == 0 {
			return path, nil
		}
		to, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(path), to)
		}
		path = to
	}
	return "", fmt.Errorf("%s: too many levels of symbolic links", path)
}
