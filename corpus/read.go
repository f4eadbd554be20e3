package corpus

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// DefaultMaxBytes is the size limit of ReadFile.
const DefaultMaxBytes = 64 << 20

// ErrTooLarge marks input past a size limit; it comes wrapped together
// with ErrInput.
var ErrTooLarge = errors.New("too large")

// ReadFile reads the file at path, at most DefaultMaxBytes of it; its
// errors are input errors that name the path once.
func ReadFile(path string) ([]byte, error) { return ReadFileLimit(path, DefaultMaxBytes) }

// ReadFileLimit reads the file at path, failing once it has read more
// than max bytes, so that /dev/zero or an endless FIFO fails fast; a
// regular file larger than max fails before it is read.
func ReadFileLimit(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, inputError(path, err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > max {
		return nil, tooLarge(path, max)
	}
	return ReadLimit(path, f, max)
}

// ReadLimit reads r, named name in messages, to its end or until it has
// read more than max bytes, which is an error.
func ReadLimit(name string, r io.Reader, max int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	switch {
	case err != nil:
		return nil, inputError(name, err)
	case int64(len(data)) > max:
		return nil, tooLarge(name, max)
	}
	return data, nil
}

func tooLarge(name string, max int64) error {
	return fmt.Errorf("%w: %s: %w: more than %d bytes", ErrInput, name, ErrTooLarge, max)
}

// inputError names the path of err once.
func inputError(path string, err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%w: %s: %v", ErrInput, path, err)
}
