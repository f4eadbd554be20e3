package outfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
)

// ErrChanged is returned by WriteUnchanged when the file no longer holds
// what it held when it was read.
var ErrChanged = errors.New("changed since it was read")

// WriteUnchanged replaces the regular file path (or the one a symbolic
// link names) with what write produces, like Write, when it still holds
// was, the bytes the caller read from it: its content is read again after
// the new text is written and synced, just before the rename, and if it
// differs the file is left alone and the error wraps ErrChanged. The
// window between that read and the rename is as short as it can be
// without locking, which editors do not do.
func WriteUnchanged(path string, was []byte, write func(io.Writer) error) error {
	real, err := resolve(path)
	if err != nil {
		return err
	}
	fi, err := os.Stat(real)
	if err != nil {
		return err
	}
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("%s is not a regular file", path)
	}
	return replace(real, write, func() error {
		now, err := os.ReadFile(real)
		if err != nil {
			return err
		}
		if !bytes.Equal(now, was) {
			return fmt.Errorf("%s: %w; not replaced", path, ErrChanged)
		}
		return nil
	})
}
