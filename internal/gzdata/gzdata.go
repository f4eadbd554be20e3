// Package gzdata reads gzip-compressed files embedded in a package.
package gzdata

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
)

// Read returns the uncompressed content of the gzip file name of fsys.
func Read(fsys fs.FS, name string) ([]byte, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}
